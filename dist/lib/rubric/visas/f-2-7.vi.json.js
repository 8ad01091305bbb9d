const rubric = "f-2-7-2026";
const language = "vi";
const texts = {
	title: "Cư trú theo thang điểm (F-2-7)",
	sources: {
		"stay-manual": {
			title: "Sổ tay hướng dẫn lưu trú theo tư cách lưu trú (외국인체류 안내매뉴얼), bản 2026.9, sửa đổi lần cuối ngày 18/9/2026",
			publisher: "Bộ Tư pháp Hàn Quốc, Cục Xuất nhập cảnh và Chính sách người nước ngoài (HiKorea)"
		},
		"gni-standard": {
			title: "GNI bình quân đầu người dùng khi xét thị thực: 52.416.000 won, áp dụng từ ngày 1/4/2026 đến ngày 31/3/2027",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부, thông báo trên HiKorea)"
		},
		hikorea: {
			title: "HiKorea: nộp hồ sơ trực tuyến và đặt lịch đến cơ quan xuất nhập cảnh",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부)"
		}
	},
	parameters: {
		gni: {
			label: "GNI bình quân đầu người",
			note: "Số liệu sơ bộ của Ngân hàng Trung ương Hàn Quốc; mức chuẩn thay đổi vào ngày 1/4 hằng năm."
		},
		minimumWage: {
			label: "Lương tối thiểu cả năm (2026)",
			note: "2.156.880 won/tháng × 12; thay đổi vào ngày 1/1 hằng năm. Bậc thu nhập thấp nhất bắt đầu từ mức này."
		}
	},
	categories: {
		common: {
			label: "Mục chung"
		},
		bonus: {
			label: "Điểm cộng"
		},
		deductions: {
			label: "Điểm trừ"
		}
	},
	steps: {
		you: {
			label: "Về bạn"
		},
		education: {
			label: "Học vấn và tiếng Hàn"
		},
		more: {
			label: "Thư giới thiệu, hoạt động tình nguyện và tiền án, vi phạm"
		}
	},
	questions: {
		age: {
			label: "Tuổi của bạn",
			help: "Tính theo số năm tròn (tuổi quốc tế).",
			assumption: "Tuổi của bạn hôm nay; bảng điểm tính theo tuổi vào ngày nộp hồ sơ. Dưới 18 tuổi không có trong bảng: 0 điểm."
		},
		inKorea: {
			label: "Hiện bạn có đang ở Hàn Quốc với tư cách lưu trú hợp lệ không?",
			help: "Nếu có, bạn chuyển đổi tư cách lưu trú ngay tại Hàn Quốc, không cần xin thị thực mới từ nước ngoài.",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				}
			}
		},
		currentStatus: {
			label: "Tư cách lưu trú hiện tại của bạn tại Hàn Quốc",
			options: {
				professional: {
					label: "Tư cách chuyên môn: E-1 đến E-7-1, hoặc D-5 đến D-9",
					help: "Không gồm E-6-2, E-7-2, E-7-3 hoặc E-7-4."
				},
				student: {
					label: "Du học (D-2) hoặc tìm việc (D-10)"
				},
				visitor: {
					label: "Lưu trú ngắn hạn: B-1, B-2, C-1, C-3 hoặc C-4"
				},
				"worker-trainee": {
					label: "D-3, E-9, E-10 hoặc G-1"
				},
				other: {
					label: "Tư cách khác"
				}
			}
		},
		yearsInKorea: {
			label: "Số năm lưu trú liên tục tại Hàn Quốc với tư cách chuyên môn",
			help: "Với tư cách E-1 đến E-7-1 hoặc D-5 đến D-9. Có thể nhập nửa năm, ví dụ 2,5."
		},
		incomeKorea: {
			label: "Thu nhập chịu thuế của bạn tại Hàn Quốc năm ngoái (won)",
			help: "Theo giấy chứng nhận thu nhập (소득금액증명) của cơ quan thuế; nhập 0 nếu không có.",
			assumption: "Bậc thấp nhất bắt đầu từ lương tối thiểu cả năm 2026 là 25.882.560 won; không nêu rõ áp dụng lương tối thiểu của năm nào. Nếu không có giấy chứng nhận thu nhập tại Hàn Quốc, mục này được 0 điểm, trừ người mới được công ty niêm yết tuyển."
		},
		jobOffer: {
			label: "Bạn đã có thư mời làm việc của một công ty hoặc tổ chức ở Hàn Quốc chưa?",
			help: "Thư mời làm việc bằng văn bản hoặc hợp đồng lao động. Mọi diện thị thực cư trú Top-tier (F-2-T) đều cần hợp đồng lao động; thị thực tìm việc (D-10-T) thì không.",
			options: {
				yes: {
					label: "Có"
				},
				"not-yet": {
					label: "Chưa có"
				}
			},
			needs: "Cần có thư mời làm việc của một công ty hoặc tổ chức ở Hàn Quốc"
		},
		salary: {
			label: "Mức lương năm được đề nghị tại Hàn Quốc (won)",
			help: "Tổng lương năm trước thuế tính bằng won, theo lời mời làm việc."
		},
		listedEmployer: {
			label: "Bên tuyển dụng có niêm yết trên sàn KOSPI hoặc KOSDAQ không?",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không hoặc không chắc"
				}
			}
		},
		field: {
			label: "Lĩnh vực công việc của bạn là gì?",
			help: "Mỗi ngành trong tám ngành công nghiệp chiến lược mũi nhọn quốc gia chỉ được tính trong phạm vi mà Hướng dẫn Top-tier liệt kê (phụ lục 2).",
			options: {
				semiconductors: {
					label: "Bán dẫn",
					help: "Các công nghệ thuộc phạm vi bán dẫn mà phụ lục 2 của Hướng dẫn Top-tier liệt kê."
				},
				"secondary-batteries": {
					label: "Pin thứ cấp",
					help: "Các công nghệ thuộc phạm vi pin thứ cấp mà phụ lục 2 của Hướng dẫn Top-tier liệt kê."
				},
				displays: {
					label: "Màn hình hiển thị",
					help: "Các công nghệ thuộc phạm vi màn hình hiển thị mà phụ lục 2 của Hướng dẫn Top-tier liệt kê."
				},
				biotech: {
					label: "Công nghệ sinh học",
					help: "Dược phẩm sinh học và liệu pháp tái tạo dùng organoid."
				},
				robotics: {
					label: "Robot",
					help: "Robot hình người và công nghệ liên quan."
				},
				defense: {
					label: "Công nghiệp quốc phòng",
					help: "Động cơ tua-bin khí hàng không có lực đẩy từ 15.000 lbf trở lên, cùng vật liệu, linh kiện và thiết bị cốt lõi của động cơ đó."
				},
				ai: {
					label: "Trí tuệ nhân tạo (AI)",
					help: "Các công nghệ thuộc phạm vi trí tuệ nhân tạo mà phụ lục 2 của Hướng dẫn Top-tier liệt kê."
				},
				"advanced-mobility": {
					label: "Phương tiện di chuyển tiên tiến",
					help: "Ô tô tương lai, tàu thủy thân thiện môi trường hoặc tự hành, thiết bị bay không người lái."
				},
				"other-strategic": {
					label: "Công nghệ chiến lược quốc gia khác",
					help: "Lượng tử, hydro, hạt nhân thế hệ mới, hàng không vũ trụ, an ninh mạng, viễn thông thế hệ mới."
				},
				stem: {
					label: "Lĩnh vực khoa học hoặc kỹ thuật khác (STEM)",
					help: "Mọi ngành khoa học hoặc kỹ thuật: từ cơ khí, điện, xây dựng đến toán học, vật lý, hóa học, khoa học sự sống, y học và khoa học não bộ."
				},
				"non-tech": {
					label: "Không thuộc lĩnh vực khoa học hoặc kỹ thuật"
				}
			},
			assumption: "Mọi lĩnh vực công nghệ được coi là thuộc danh mục công nghệ và sản phẩm tiên tiến của Bộ Công Thương; danh mục thực tế hẹp hơn và liệt kê theo sản phẩm."
		},
		degree: {
			label: "Bằng cấp cao nhất của bạn",
			options: {
				doctorate: {
					label: "Tiến sĩ (PhD hoặc tương đương)"
				},
				masters: {
					label: "Thạc sĩ"
				},
				bachelors: {
					label: "Cử nhân"
				},
				none: {
					label: "Không có bằng đại học"
				}
			}
		},
		institution: {
			label: "Bạn có bằng nào do một trường đại học thuộc top 100 thế giới cấp không?",
			help: "Trong 5 năm gần nhất, trường lọt vào top 100 của ít nhất một trong các bảng xếp hạng sau: QS World University Rankings, QS theo ngành (Kỹ thuật và Công nghệ), Times Higher Education (THE) World University Rankings, THE theo ngành (Kỹ thuật), U.S. News Best Global Universities hoặc bảng xếp hạng ngành Kỹ thuật của U.S. News.",
			options: {
				top100: {
					label: "Có, thuộc top 100"
				},
				top500: {
					label: "Không, nhưng thuộc top 500"
				},
				other: {
					label: "Không"
				}
			},
			assumption: "Top 100 hoặc top 500 thế giới được hiểu là top 500 QS hoặc top 200 THE theo sổ tay (bất kỳ năm nào trong 5 năm gần nhất). Trường chỉ lọt top 500 ở bảng xếp hạng khác có thể không được tính."
		},
		stemDegree: {
			label: "Bằng của bạn có thuộc khối khoa học, công nghệ, kỹ thuật hoặc toán (STEM) không?",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				}
			}
		},
		koreanDegree: {
			label: "Bằng cấp cao nhất bạn nhận từ một trường đại học hoặc cao đẳng tại Hàn Quốc",
			help: "Bằng của đại học từ xa, đại học trực tuyến và hệ tích lũy tín chỉ (학점은행) không được tính.",
			options: {
				doctorate: {
					label: "Tiến sĩ"
				},
				masters: {
					label: "Thạc sĩ"
				},
				bachelors: {
					label: "Cử nhân"
				},
				associate: {
					label: "Cao đẳng (hệ 2 hoặc 3 năm)"
				},
				none: {
					label: "Không có"
				}
			},
			assumption: "Sổ tay không nói điểm cộng này có cộng dồn với điểm cộng trường hàng đầu hay không; ở đây có cộng dồn, trong giới hạn điểm cộng 40."
		},
		koreanGraduation: {
			label: "Bạn tốt nghiệp khi nào?",
			options: {
				"within-3": {
					label: "Trong vòng 3 năm"
				},
				"within-5": {
					label: "Từ 3 đến 5 năm trước"
				},
				earlier: {
					label: "Hơn 5 năm trước"
				}
			}
		},
		koreanLevel: {
			label: "Trình độ tiếng Hàn (TOPIK, hoặc Chương trình Hội nhập Xã hội KIIP)",
			help: "Chọn mức cao hơn giữa cấp TOPIK và cấp KIIP bạn đã hoàn thành.",
			options: {
				"level-5": {
					label: "TOPIK cấp 5 hoặc 6, hoặc KIIP cấp 5"
				},
				"level-4": {
					label: "TOPIK cấp 4 hoặc KIIP cấp 4"
				},
				"level-3": {
					label: "TOPIK cấp 3 hoặc KIIP cấp 3"
				},
				"level-2": {
					label: "TOPIK cấp 2 hoặc KIIP cấp 2"
				},
				"level-1": {
					label: "TOPIK cấp 1 hoặc KIIP cấp 1"
				},
				none: {
					label: "Chưa có"
				}
			}
		},
		kiipLevel5: {
			label: "Bạn đã hoàn thành khóa cơ bản cấp 5 của KIIP trở lên chưa?",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				}
			}
		},
		koreanWarTalent: {
			label: "Bạn có được một bộ ngành Hàn Quốc giới thiệu là nhân tài đến từ nước tham chiến trong Chiến tranh Triều Tiên không?",
			assumption: "Không hỏi: tính là không.",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				}
			}
		},
		ministryRecommendation: {
			label: "Bạn có thư giới thiệu của một bộ ngành trung ương Hàn Quốc không?",
			assumption: "Không hỏi: tính là không.",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				}
			}
		},
		volunteering: {
			label: "Quá trình hoạt động tình nguyện của bạn tại Hàn Quốc",
			assumption: "Không hỏi: tính là không có.",
			options: {
				none: {
					label: "Dưới 1 năm"
				},
				"one-year": {
					label: "Từ 1 năm, từ 6 lần và từ 50 giờ"
				},
				"two-years": {
					label: "Từ 2 năm, từ 12 lần và từ 100 giờ"
				},
				"three-years": {
					label: "Từ 3 năm, từ 18 lần và từ 150 giờ"
				}
			}
		},
		criminalRecord: {
			label: "Tiền án, tiền sự tại Hàn Quốc hoặc nước ngoài",
			help: "Tính cả tiền phạt và hình phạt, kể cả án treo.",
			options: {
				none: {
					label: "Không có"
				},
				"fine-under-2m": {
					label: "Phạt tiền dưới 2.000.000 won"
				},
				"fine-2m-3m": {
					label: "Phạt tiền từ 2.000.000 đến 2.999.999 won"
				},
				"fine-3m-plus": {
					label: "Phạt tiền từ 3.000.000 won trở lên cách đây hơn 3 năm, hoặc hình phạt nặng hơn cách đây hơn 5 năm"
				},
				disqualifying: {
					label: "Phạt tiền từ 3.000.000 won trở lên trong 3 năm gần đây, hoặc án tù trong 5 năm gần đây"
				}
			},
			assumption: "Không hỏi: tính là không có."
		},
		immigrationViolation: {
			label: "Vi phạm Luật Quản lý xuất nhập cảnh (tiền phạt)",
			help: "Gồm tiền phạt (범칙금) đã nộp trong 3 năm gần đây, và lệnh xuất cảnh hoặc trục xuất trong 5 năm gần đây.",
			options: {
				none: {
					label: "Không có"
				},
				"fine-500k-1m": {
					label: "Tiền phạt từ 500.000 đến 999.999 won"
				},
				"fine-1m-3m": {
					label: "Tiền phạt từ 1.000.000 đến 2.999.999 won"
				},
				"fine-3m-plus": {
					label: "Tiền phạt từ 3.000.000 won trở lên, hoặc lệnh xuất cảnh hay trục xuất"
				},
				disqualifying: {
					label: "Tổng tiền phạt từ 5.000.000 won trở lên trong 3 năm gần đây"
				}
			},
			assumption: "Không hỏi: tính là không có. Sổ tay loại trừ trường hợp vi phạm từ 3 lần trở lên với tổng tiền phạt từ 5.000.000 won trong 3 năm gần đây."
		}
	},
	pathways: {
		listedCompany: {
			label: "Công ty niêm yết",
			description: "Làm việc cho công ty niêm yết trên KOSPI hoặc KOSDAQ ở vị trí quản lý hoặc chuyên môn, và đạt 80 điểm.",
			status: "Cư trú theo thang điểm (F-2-7)",
			basis: "Diện nộp đơn F-2-7: nhân viên công ty niêm yết",
			next: [
				{
					text: "Xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh ở Hàn Quốc; đặt lịch trên HiKorea."
				},
				{
					text: "Mang theo giấy chứng nhận thu nhập (소득금액증명) của cơ quan thuế và giấy tờ chứng minh cho từng mục bạn được tính điểm."
				}
			]
		},
		promisingIndustry: {
			label: "Lĩnh vực công nghệ tiên tiến",
			description: "Làm việc trong lĩnh vực công nghệ tiên tiến với thu nhập từ 1,5 lần GNI, và đạt 80 điểm.",
			status: "Cư trú theo thang điểm (F-2-7)",
			basis: "Diện nộp đơn F-2-7: ngành công nghiệp triển vọng (1,5 lần GNI)",
			next: [
				{
					text: "Xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh ở Hàn Quốc; đặt lịch trên HiKorea."
				},
				{
					text: "Mang theo giấy chứng nhận thu nhập (소득금액증명) của cơ quan thuế và giấy tờ chứng minh cho từng mục bạn được tính điểm."
				}
			]
		},
		professional: {
			label: "Chuyên gia tại Hàn Quốc",
			description: "3 năm lưu trú tại Hàn Quốc với tư cách chuyên môn (hoặc thu nhập từ 40.000.000 won), và đạt 80 điểm.",
			status: "Cư trú theo thang điểm (F-2-7)",
			basis: "Diện nộp đơn F-2-7: chuyên gia (E-1 đến E-7-1, D-5 đến D-9)",
			next: [
				{
					text: "Xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh ở Hàn Quốc; đặt lịch trên HiKorea."
				},
				{
					text: "Mang theo giấy chứng nhận thu nhập (소득금액증명) của cơ quan thuế và giấy tờ chứng minh cho từng mục bạn được tính điểm."
				}
			]
		},
		studyTalent: {
			label: "Người tốt nghiệp tại Hàn Quốc",
			description: "Bằng thạc sĩ hoặc tiến sĩ tại Hàn Quốc trong 5 năm gần đây, có việc làm trong lĩnh vực chuyên môn, và đạt 80 điểm.",
			status: "Cư trú theo thang điểm (F-2-7)",
			basis: "Diện nộp đơn F-2-7: nhân tài từng du học tại Hàn Quốc",
			next: [
				{
					text: "Xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh ở Hàn Quốc; đặt lịch trên HiKorea."
				},
				{
					text: "Mang theo giấy chứng nhận thu nhập (소득금액증명) của cơ quan thuế và giấy tờ chứng minh cho từng mục bạn được tính điểm."
				}
			]
		}
	},
	benefits: [
		"Tư cách cư trú hầu như không giới hạn việc làm, tối đa 5 năm mỗi lần cấp tùy theo điểm",
		"Vợ/chồng và con có thể sang cùng (F-2-71)",
		"Con đường đến thường trú (F-5-16) sau 3 năm"
	],
	assumptions: [
		"Bảng điểm là bản sửa đổi ngày 14/4/2026 (mục chung tối đa 130, điểm cộng tối đa 40, đạt từ 80 điểm).",
		"Bằng cao đẳng (15 điểm nếu thuộc STEM, 10 điểm nếu không) không được hỏi: tính là không có bằng.",
		"Điểm trừ tính tối đa −70: tiêu đề trong sổ tay ghi −70, đầu bảng ghi −80; tổng các mục là −70.",
		"Không hỏi nhưng cũng bắt buộc: không có án tù trong 5 năm gần đây, không bị phạt từ 3.000.000 won trở lên trong 3 năm gần đây, không dùng giấy tờ giả, không thuộc diện cấm nhập cảnh, và không làm việc trong ngành nghề bị hạn chế trong 3 năm gần đây.",
		"Không kiểm tra ở đây: nhân tài tiềm năng (F-2-7S, cần thư giới thiệu của hiệu trưởng), người có E-7-S được miễn điểm, và thành viên gia đình.",
		"Thời hạn lưu trú tùy theo điểm: 80–109 điểm, 1 năm; 110–119, 2 năm; 120–129, 3 năm; từ 130, 5 năm (hoặc theo điểm thu nhập nếu có lợi hơn)."
	],
	disclaimer: "Đây chỉ là ước tính, không phải quyết định. Bộ Tư pháp quyết định tư cách lưu trú."
};
var f27vi = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { f27vi as default, language, rubric, texts };
