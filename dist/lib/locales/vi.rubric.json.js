const rubric = "ktech-pass-2026-09";
const language = "vi";
const texts = {
	title: "Tự đánh giá K-Tech Pass và thị thực Top-tier (F-2-T)",
	sources: {
		"top-tier-guideline": {
			title: "Hướng dẫn cấp thị thực và quản lý lưu trú cho nhân tài xuất sắc nhất (Top-tier) trong lĩnh vực công nghiệp mũi nhọn và khoa học công nghệ (톱티어 사증발급 및 체류관리 지침), hiệu lực từ ngày 25/6/2026, trong Sổ tay hướng dẫn thủ tục lưu trú theo từng tư cách (bản 9/2026)",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부, HiKorea)"
		},
		"ktech-pass-overview": {
			title: "Tổng quan chương trình K-Tech Pass (tài liệu tham khảo 2), trong cùng sổ tay: bản này chưa có diện đánh giá định tính",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부, HiKorea)"
		},
		"gni-standard": {
			title: "GNI bình quân đầu người dùng khi xét thị thực: 52.416.000 won, áp dụng từ ngày 1/4/2026 đến ngày 31/3/2027",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부, thông báo trên HiKorea)"
		},
		"bok-gni-2025": {
			title: "GNI bình quân đầu người năm 2025 (số liệu sơ bộ): 52.416.000 won",
			publisher: "Ngân hàng Trung ương Hàn Quốc (한국은행)"
		},
		"announcement-2026-07": {
			title: "Tin báo chí ngày 2/7/2026: diện đánh giá định tính của K-Tech Pass (65 + 35 điểm, 10 điểm cộng cho doanh nghiệp vừa và nhỏ) và nhà khoa học theo chương trình của Bộ Y tế và Phúc lợi và KASA",
			publisher: "Báo chí đưa tin về thông báo của Bộ Công Thương Hàn Quốc (산업통상부)"
		},
		"kotra-gtc": {
			title: "Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터): nộp hồ sơ K-Tech Pass",
			publisher: "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA)"
		},
		"strategic-tech": {
			title: "12 công nghệ chiến lược quốc gia",
			publisher: "Bộ Khoa học và ICT Hàn Quốc (과학기술정보통신부)"
		},
		"visa-portal": {
			title: "Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털): thị thực điện tử và các loại thị thực",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부)"
		},
		hikorea: {
			title: "HiKorea: nộp đơn trực tuyến xin chuyển đổi tư cách lưu trú, và sổ tay hướng dẫn lưu trú theo từng tư cách",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부, HiKorea)"
		},
		"tax-act": {
			title: "Luật Hạn chế ưu đãi đặc biệt về thuế (조세특례제한법), Điều 18 (thuế thu nhập đối với kỹ sư và nhà nghiên cứu nước ngoài)",
			publisher: "Trung tâm Thông tin Pháp luật Hàn Quốc (국가법령정보센터)"
		}
	},
	parameters: {
		gni: {
			label: "GNI bình quân đầu người",
			note: "Số liệu sơ bộ của Ngân hàng Trung ương Hàn Quốc; mức chuẩn thay đổi vào ngày 1/4 hằng năm."
		}
	},
	passMark: {
		assumption: "Điểm đạt tối thiểu của diện đánh giá định tính chưa được công bố; mức 60/100 là giả định của chúng tôi."
	},
	categories: {
		quantitative: {
			label: "Định lượng"
		},
		qualitative: {
			label: "Định tính"
		},
		bonus: {
			label: "Điểm cộng doanh nghiệp vừa và nhỏ"
		}
	},
	steps: {
		situation: {
			label: "Tình hình hiện tại"
		},
		offer: {
			label: "Lời mời làm việc"
		},
		education: {
			label: "Học vấn"
		},
		career: {
			label: "Kinh nghiệm và nơi làm việc"
		},
		research: {
			label: "Thành tích nghiên cứu"
		},
		expertise: {
			label: "Chuyên môn và vị trí công việc"
		},
		field: {
			label: "Lĩnh vực của bạn"
		}
	},
	questions: {
		jobOffer: {
			label: "Bạn đã có thư mời làm việc của một công ty hoặc tổ chức ở Hàn Quốc chưa?",
			help: "Thư mời làm việc bằng văn bản hoặc hợp đồng lao động. Mọi diện thị thực cư trú Top-tier (F-2-T) đều cần hợp đồng lao động; thị thực tìm việc (D-10-T) thì không.",
			options: {
				yes: {
					label: "Đã có"
				},
				"not-yet": {
					label: "Chưa có"
				}
			},
			needs: "Cần có thư mời làm việc của một công ty hoặc tổ chức ở Hàn Quốc"
		},
		governmentProgramme: {
			label: "Bạn có được tuyển qua một chương trình của chính phủ Hàn Quốc không?",
			help: "Theo báo chí, nhà khoa học được tuyển qua các chương trình này được hưởng các quyền lợi của K-Tech Pass.",
			options: {
				mohw: {
					label: "Có, chương trình của Bộ Y tế và Phúc lợi"
				},
				kasa: {
					label: "Có, chương trình của Cơ quan Hàng không Vũ trụ Hàn Quốc (KASA)"
				},
				none: {
					label: "Không"
				}
			}
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
		salary: {
			label: "Mức lương năm được đề nghị tại Hàn Quốc (won)",
			help: "Tổng lương năm trước thuế tính bằng won, theo thư mời làm việc. Được so sánh với GNI bình quân đầu người của Hàn Quốc.",
			assumption: "Điểm là giả định, các mốc 1 lần, 1,5 lần và 2 lần cũng vậy; mốc 3 lần và 4 lần theo Hướng dẫn Top-tier."
		},
		employerSize: {
			label: "Quy mô của công ty tuyển dụng",
			help: "Theo báo chí, doanh nghiệp vừa và nhỏ theo Luật Cơ bản về doanh nghiệp vừa và nhỏ của Hàn Quốc được 10 điểm cộng ở diện đánh giá định tính.",
			options: {
				sme: {
					label: "Doanh nghiệp vừa và nhỏ (SME)"
				},
				large: {
					label: "Doanh nghiệp lớn hoặc loại khác"
				}
			},
			assumption: "Điểm cộng cho doanh nghiệp vừa và nhỏ mới chỉ được báo chí đưa tin, chưa có trong văn bản chính thức."
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
			},
			assumption: "Điểm cho từng bằng cấp là giả định."
		},
		institution: {
			label: "Bạn có bằng thạc sĩ hoặc tiến sĩ nào do một trường đại học thuộc top 100 thế giới cấp không?",
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
			assumption: "Điểm cho từng nhóm thứ hạng là giả định."
		},
		experience: {
			label: "Số năm làm việc trong lĩnh vực của bạn, kể cả nghiên cứu",
			help: "Tổng thời gian làm việc toàn thời gian. Có thể nhập nửa năm, ví dụ 7,5.",
			assumption: "Điểm cho từng khoảng số năm là giả định."
		},
		postdocResearch: {
			label: "Số năm nghiên cứu sau khi nhận bằng tiến sĩ",
			help: "Trong lĩnh vực của bạn. Có thể nhập nửa năm, ví dụ 4,5."
		},
		employer: {
			label: "Bạn đã làm việc từ 3 năm trở lên ở những nơi nào? Chọn tất cả các mục phù hợp.",
			help: "Trung tâm nghiên cứu của một công ty hàng đầu thế giới được tính cho cả hai mục đầu.",
			options: {
				global500: {
					label: "Công ty hàng đầu thế giới",
					help: "Trong 3 năm gần nhất có tên trong Forbes Global 2000 (top 500), TIME100 Most Influential Companies hoặc Fortune Global 500."
				},
				"top-institute": {
					label: "Viện nghiên cứu hàng đầu thế giới",
					help: "Viện nghiên cứu của trường đại học thuộc top 100 thế giới, trung tâm nghiên cứu của công ty thuộc top 500 thế giới, hoặc viện nghiên cứu do chính phủ chủ trì."
				},
				large: {
					label: "Công ty lớn hoặc công ty niêm yết khác"
				},
				other: {
					label: "Không có nơi nào kể trên"
				}
			},
			assumption: "Điểm cho từng loại nơi làm việc là giả định."
		},
		koreaExperience: {
			label: "Bạn có từng làm việc từ 1 năm trở lên trong ngành công nghiệp mũi nhọn tại một công ty ở Hàn Quốc không?",
			help: "Với tư cách lưu trú từ D-7 đến E-7, hoặc F-2.",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				}
			}
		},
		researchDistinction: {
			label: "Mục nào sau đây đúng với bạn?",
			help: "Đây là các tiêu chí của lĩnh vực khoa học và công nghệ; chỉ cần đáp ứng một tiêu chí. Lĩnh vực này không yêu cầu mức lương tối thiểu.",
			options: {
				pi: {
					label: "Làm việc từ 5 năm trở lên trong lĩnh vực của bạn, ở vị trí chủ nhiệm nghiên cứu, trợ lý giáo sư hoặc nghiên cứu viên cao cấp trở lên",
					help: "Chủ nhiệm nghiên cứu (PI) hoặc từ trợ lý giáo sư trở lên tại viện nghiên cứu của trường đại học thuộc top 100 thế giới; hoặc từ nghiên cứu viên cao cấp (책임급) trở lên tại trung tâm nghiên cứu của công ty thuộc top 500 thế giới hay tại viện nghiên cứu quốc gia, công lập; hoặc nhân lực nghiên cứu nòng cốt tương đương."
				},
				patents: {
					label: "Bằng sáng chế bộ ba hoặc tiêu chuẩn quốc tế, hoặc phí chuyển giao công nghệ",
					help: "Bạn sở hữu bằng sáng chế bộ ba hoặc bằng sáng chế tiêu chuẩn quốc tế, hoặc đã thu từ 1 tỷ won phí chuyển giao công nghệ trở lên trong 3 năm gần nhất."
				},
				citations: {
					label: "Nhà nghiên cứu được trích dẫn nhiều, hoặc tác giả bài báo tiêu biểu",
					help: "Có tên trong danh sách Highly Cited Researchers (nhóm 1% được trích dẫn nhiều nhất), hoặc là tác giả của bài báo tiêu biểu được Science, Nature hay tạp chí quốc tế tương tự bình chọn (chẳng hạn đột phá của năm)."
				},
				prize: {
					label: "Giải thưởng quốc tế lớn",
					help: "Giải Nobel, huy chương Fields hoặc giải thưởng uy tín khác được quốc tế công nhận, hoặc được người đoạt các giải này đề cử."
				},
				none: {
					label: "Không có mục nào"
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
			assumption: "Điểm cho từng lĩnh vực là giả định."
		},
		evidence: {
			label: "Minh chứng rõ nhất cho chuyên môn kỹ thuật cụ thể của bạn",
			options: {
				leading: {
					label: "Hàng đầu",
					help: "Bằng sáng chế đã được cấp hoặc bài báo tại hội nghị, tạp chí hàng đầu của ngành, hoặc là người phụ trách kỹ thuật của sản phẩm được sử dụng ở quy mô lớn."
				},
				solid: {
					label: "Vững chắc",
					help: "Bài báo có bình duyệt, đơn đăng ký sáng chế, hoặc là kỹ sư cấp cao của sản phẩm đã ra mắt thị trường."
				},
				emerging: {
					label: "Đang phát triển",
					help: "Một số bài báo, đóng góp mã nguồn mở hoặc dự án, chưa được công nhận rộng rãi."
				},
				none: {
					label: "Chưa có"
				}
			},
			assumption: "Các mức và điểm tương ứng là giả định."
		},
		role: {
			label: "Giá trị chiến lược của vị trí được đề nghị đối với công ty tuyển dụng",
			options: {
				"core-lead": {
					label: "Bạn dẫn dắt một năng lực mà công ty chưa có"
				},
				"core-rnd": {
					label: "Nghiên cứu và phát triển cốt lõi"
				},
				support: {
					label: "Vị trí hỗ trợ kỹ thuật"
				}
			},
			assumption: "Các mức và điểm tương ứng là giả định."
		}
	},
	pathways: {
		topTierStandard: {
			label: "Top-tier: bằng cấp, kinh nghiệm, 3 lần GNI",
			description: "Bằng thạc sĩ hoặc tiến sĩ của trường hàng đầu, kinh nghiệm làm việc hàng đầu, lương từ 3 lần GNI bình quân đầu người và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực cư trú Top-tier (F-2-T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực công nghiệp mũi nhọn, điểm a (가목)",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA để xin K-Tech Pass và đề cử của Bộ Công Thương Hàn Quốc (산업통상부)."
				},
				{
					text: "Nếu bạn đang ở Hàn Quốc: chuyển sang tư cách F-2-T bằng cách nộp đơn trực tuyến trên HiKorea hoặc đến cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú."
				},
				{
					text: "Nếu bạn đang ở nước ngoài: xin thị thực điện tử F-2-T trên Cổng thông tin thị thực Hàn Quốc (bạn tự nộp hoặc công ty tuyển dụng nộp thay)."
				},
				{
					text: "Hồ sơ: hợp đồng lao động, giấy chứng nhận đăng ký kinh doanh của công ty, và phiếu lý lịch tư pháp do nước bạn cấp, đã được chứng nhận Apostille hoặc hợp pháp hóa lãnh sự."
				}
			]
		},
		topTierHighIncome: {
			label: "Top-tier: 4 lần GNI",
			description: "Lương từ 4 lần GNI bình quân đầu người, kèm bằng cấp hàng đầu hoặc kinh nghiệm làm việc hàng đầu (ít nhất một trong hai), và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực cư trú Top-tier (F-2-T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực công nghiệp mũi nhọn, điểm b (나목)",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA để xin K-Tech Pass và đề cử của Bộ Công Thương Hàn Quốc (산업통상부)."
				},
				{
					text: "Nếu bạn đang ở Hàn Quốc: chuyển sang tư cách F-2-T bằng cách nộp đơn trực tuyến trên HiKorea hoặc đến cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú."
				},
				{
					text: "Nếu bạn đang ở nước ngoài: xin thị thực điện tử F-2-T trên Cổng thông tin thị thực Hàn Quốc (bạn tự nộp hoặc công ty tuyển dụng nộp thay)."
				},
				{
					text: "Hồ sơ: hợp đồng lao động, giấy chứng nhận đăng ký kinh doanh của công ty, và phiếu lý lịch tư pháp do nước bạn cấp, đã được chứng nhận Apostille hoặc hợp pháp hóa lãnh sự."
				}
			]
		},
		topTierKoreaExperience: {
			label: "Top-tier: làm việc tại Hàn Quốc, 2 lần GNI",
			description: "Bằng cấp và kinh nghiệm hàng đầu, 1 năm làm việc trong ngành công nghiệp mũi nhọn tại Hàn Quốc, lương từ 2 lần GNI bình quân đầu người và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực cư trú Top-tier (F-2-T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực công nghiệp mũi nhọn, điểm c (다목)",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA để xin K-Tech Pass và đề cử của Bộ Công Thương Hàn Quốc (산업통상부)."
				},
				{
					text: "Nếu bạn đang ở Hàn Quốc: chuyển sang tư cách F-2-T bằng cách nộp đơn trực tuyến trên HiKorea hoặc đến cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú."
				},
				{
					text: "Nếu bạn đang ở nước ngoài: xin thị thực điện tử F-2-T trên Cổng thông tin thị thực Hàn Quốc (bạn tự nộp hoặc công ty tuyển dụng nộp thay)."
				},
				{
					text: "Hồ sơ: hợp đồng lao động, giấy chứng nhận đăng ký kinh doanh của công ty, và phiếu lý lịch tư pháp do nước bạn cấp, đã được chứng nhận Apostille hoặc hợp pháp hóa lãnh sự."
				}
			]
		},
		scienceTrack: {
			label: "Top-tier: khoa học và công nghệ",
			description: "Đáp ứng một trong bốn tiêu chí nghiên cứu của lĩnh vực này và có thư mời làm việc trong lĩnh vực khoa học hoặc kỹ thuật; không yêu cầu mức lương tối thiểu.",
			status: "Thị thực cư trú Top-tier (F-2-T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực khoa học và công nghệ, điểm a (가목)",
			next: [
				{
					text: "Cơ quan tiếp nhận đề nghị Bộ Khoa học và ICT Hàn Quốc (과학기술정보통신부) đề cử bạn."
				},
				{
					text: "Nếu bạn đang ở Hàn Quốc: chuyển sang tư cách F-2-T bằng cách nộp đơn trực tuyến trên HiKorea hoặc đến cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú."
				},
				{
					text: "Nếu bạn đang ở nước ngoài: xin thị thực điện tử F-2-T trên Cổng thông tin thị thực Hàn Quốc (bạn tự nộp hoặc công ty tuyển dụng nộp thay)."
				},
				{
					text: "Hồ sơ: hợp đồng lao động, giấy chứng nhận đăng ký kinh doanh của công ty, và phiếu lý lịch tư pháp do nước bạn cấp, đã được chứng nhận Apostille hoặc hợp pháp hóa lãnh sự."
				}
			]
		},
		governmentScholar: {
			label: "Nhà khoa học theo chương trình của chính phủ (theo báo chí)",
			description: "Nhà khoa học được tuyển qua chương trình của Bộ Y tế và Phúc lợi hoặc KASA, đã có thư mời làm việc.",
			status: "Quyền lợi của K-Tech Pass (theo báo chí); diện thị thực chưa được công bố",
			assumption: "Chỉ được biết qua tin báo chí ngày 2/7/2026. Việc được cấp F-2-T nhờ đề cử của Bộ Công Thương (điểm d, 라목) là giả định của chúng tôi.",
			next: [
				{
					text: "Cơ quan tiếp nhận nộp hồ sơ xin K-Tech Pass tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA."
				},
				{
					text: "Hãy hỏi cơ quan tiếp nhận xem chương trình dùng loại thị thực nào; nếu Bộ Công Thương đề cử bạn, bạn có thể xin F-2-T (đây là giả định của chúng tôi)."
				}
			]
		},
		qualitative: {
			label: "Diện đánh giá định tính K-Tech Pass (theo báo chí)",
			description: "Có thư mời làm việc trong lĩnh vực khoa học hoặc kỹ thuật, và tổng điểm (kể cả điểm cộng doanh nghiệp vừa và nhỏ, nếu có) đạt điểm tối thiểu trở lên.",
			status: "K-Tech Pass (theo báo chí)",
			assumption: "Chỉ được biết qua tin báo chí ngày 2/7/2026; bản tổng quan chính thức tháng 9/2026 chưa có diện này, và điểm từng mục cũng như điểm đạt tối thiểu là giả định. Việc được cấp F-2-T tiếp theo cũng là giả định của chúng tôi: điểm d (라목) đòi hỏi Bộ Công Thương thẩm định và đề cử.",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ trực tuyến xin K-Tech Pass tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA."
				},
				{
					text: "Nếu Bộ Công Thương đề cử bạn, bạn có thể xin F-2-T theo điểm d (라목); đây là giả định của chúng tôi. Nếu đang ở Hàn Quốc, hãy chuyển đổi tư cách lưu trú bằng cách nộp đơn trực tuyến trên HiKorea hoặc đến cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú."
				},
				{
					text: "Nếu Bộ Công Thương đề cử bạn, bạn có thể xin F-2-T theo điểm d (라목); đây là giả định của chúng tôi. Nếu đang ở nước ngoài, hãy xin thị thực điện tử trên Cổng thông tin thị thực Hàn Quốc."
				}
			]
		},
		promisingTopTier: {
			label: "Top-tier triển vọng (E-7-T)",
			description: "Bằng cấp và kinh nghiệm hàng đầu, lương từ 2 lần GNI bình quân đầu người và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực lao động Top-tier triển vọng (E-7-T)",
			basis: "Hướng dẫn Top-tier, Top-tier triển vọng (E-7-T)",
			next: [
				{
					text: "Công ty tuyển dụng đề nghị Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA xin đề cử của Bộ Công Thương Hàn Quốc (산업통상부)."
				},
				{
					text: "Nếu bạn đang ở Hàn Quốc: chuyển sang tư cách E-7-T bằng cách nộp đơn trực tuyến trên HiKorea hoặc đến cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú."
				},
				{
					text: "Nếu bạn đang ở nước ngoài: xin thị thực điện tử E-7-T trên Cổng thông tin thị thực Hàn Quốc (bạn tự nộp hoặc công ty tuyển dụng nộp thay)."
				},
				{
					text: "Hồ sơ: hợp đồng lao động, giấy chứng nhận đăng ký kinh doanh của công ty, và phiếu lý lịch tư pháp do nước bạn cấp, đã được chứng nhận Apostille hoặc hợp pháp hóa lãnh sự."
				}
			]
		},
		preliminaryTopTier: {
			label: "Top-tier dự bị (D-10-T)",
			description: "Bằng thạc sĩ hoặc tiến sĩ của một trường đại học thuộc top 100 thế giới; không cần thư mời làm việc, cũng không cần đề cử. Đây là thị thực để tìm việc tại Hàn Quốc.",
			status: "Thị thực tìm việc Top-tier dự bị (D-10-T)",
			basis: "Hướng dẫn Top-tier, Top-tier dự bị (D-10-T)",
			next: [
				{
					text: "Nộp đơn tại Đại sứ quán hoặc Tổng Lãnh sự quán Hàn Quốc để xin thị thực D-10-T nhập cảnh một lần, thời hạn 6 tháng; thị thực này không cấp dưới dạng thị thực điện tử và không cần đề cử."
				},
				{
					text: "Với D-10-T, bạn có thể lưu trú tối đa 3 năm để tìm việc; khi có thư mời làm việc, hãy kiểm tra lại các diện ở trên."
				}
			]
		},
		scholarBeforeOffer: {
			label: "Nhà khoa học theo chương trình của chính phủ, trước khi ký hợp đồng (theo báo chí)",
			description: "Nhà khoa học được tuyển qua chương trình của Bộ Y tế và Phúc lợi hoặc KASA nhưng chưa có hợp đồng lao động.",
			status: "Quyền lợi của K-Tech Pass (theo báo chí), sau khi bạn được tuyển dụng",
			assumption: "Chỉ được biết qua tin báo chí ngày 2/7/2026.",
			next: [
				{
					text: "Cơ quan tiếp nhận chuẩn bị hợp đồng lao động với bạn, sau đó nộp hồ sơ xin K-Tech Pass tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA; hãy hỏi cơ quan này về các bước tiếp theo."
				}
			]
		}
	},
	benefits: [
		"Thị thực điện tử cấp trực tuyến trong khoảng hai tuần, không cần đến cơ quan lãnh sự (khi xin F-2-T từ nước ngoài)",
		"Vợ/chồng và con cái đi cùng theo diện F-2-T1, vợ/chồng được tự do làm việc",
		"Không yêu cầu thi tiếng Hàn đối với F-2-T",
		"Thường trú (F-5-T) sau 3 năm với F-2-T, nếu vẫn làm việc trong ngành công nghiệp mũi nhọn, thu nhập từ 3 lần GNI và đã hoàn thành cấp 3 Chương trình hội nhập xã hội (KIIP) hoặc đạt TOPIK cấp 3",
		"Được mời cha mẹ (F-1-15) và một người giúp việc gia đình (F-1-24) sang Hàn Quốc; không áp dụng với D-10-T",
		"Thẻ ưu tiên xuất nhập cảnh: dùng làn ưu tiên tại sân bay (E-7-T, F-2-T, F-5-T)",
		"Giảm 50% thuế thu nhập từ tiền lương trong 10 năm, theo các điều kiện và thời hạn tại Điều 18 Luật Hạn chế ưu đãi đặc biệt về thuế (조세특례제한법)",
		"Con cái được nhận vào trường dành cho người nước ngoài, không tính vào chỉ tiêu tuyển sinh",
		"Hạn mức vay tiền thuê nhà jeonse (전세) như người Hàn Quốc",
		"Dịch vụ hỗ trợ hành chính: hỗ trợ nhập cảnh tại sân bay, đăng ký người nước ngoài, mở thuê bao điện thoại và tài khoản ngân hàng"
	],
	assumptions: [
		"Diện đánh giá định tính, thang 65 + 35 điểm, điểm cộng cho doanh nghiệp vừa và nhỏ và diện nhà khoa học theo chương trình của chính phủ chỉ được biết qua tin báo chí ngày 2/7/2026; bản tổng quan K-Tech Pass tháng 9/2026 chưa có các nội dung này.",
		"Điểm từng mục và điểm đạt tối thiểu chưa được công bố: các mức ở đây là giả định, khớp với thang 65 + 35 điểm và 10 điểm cộng cho doanh nghiệp vừa và nhỏ mà báo chí đưa tin.",
		"Việc diện đánh giá định tính dẫn đến F-2-T là giả định của chúng tôi: điểm d (라목) đòi hỏi Bộ Công Thương thẩm định và đề cử.",
		"E-7-T được xét theo cùng mức GNI 52.416.000 won. Một số nguồn thứ cấp cho biết ngưỡng lương E-7 vẫn theo mức cũ (49.955.000 won) đến ngày 31/3/2027; chúng tôi chưa xác minh được điều này trong thông báo của HiKorea.",
		"Mọi diện còn cần cơ quan có thẩm quyền thẩm định và đề cử, điều mà không ước tính nào có thể biết trước."
	],
	disclaimer: "Đây là kết quả ước tính, không phải quyết định chính thức. KOTRA cấp K-Tech Pass, còn Bộ Tư pháp Hàn Quốc quyết định việc cấp thị thực.",
	scope: {
		text: "Công cụ này chỉ kiểm tra các diện Top-tier (F-2-T, E-7-T, D-10-T) và K-Tech Pass. Các loại thị thực khác cũng có thể phù hợp với bạn: thị thực lao động chuyên môn (E-7), thị thực tìm việc (D-10) và thị thực cư trú theo thang điểm (F-2-7).",
		links: [
			{
				text: "Cổng thông tin thị thực Hàn Quốc: các loại thị thực và cách nộp đơn"
			},
			{
				text: "HiKorea: sổ tay hướng dẫn lưu trú cho từng tư cách"
			}
		]
	}
};
var texts$1 = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { texts$1 as default, language, rubric, texts };
