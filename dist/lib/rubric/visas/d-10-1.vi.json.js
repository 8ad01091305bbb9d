const rubric = "d-10-1-2026";
const language = "vi";
const texts = {
	title: "Thị thực tìm việc (D-10-1), bảng điểm",
	sources: {
		"stay-manual": {
			title: "Sổ tay hướng dẫn lưu trú theo tư cách lưu trú (외국인체류 안내매뉴얼), bản 2026.9, sửa đổi lần cuối ngày 18/9/2026",
			publisher: "Bộ Tư pháp Hàn Quốc, Cục Xuất nhập cảnh và Chính sách người nước ngoài (HiKorea)"
		},
		"visa-manual": {
			title: "Sổ tay hướng dẫn cấp thị thực (사증발급 안내매뉴얼), bản 2026.9",
			publisher: "Bộ Tư pháp Hàn Quốc (Cổng thông tin thị thực Hàn Quốc)"
		},
		"visa-portal": {
			title: "Cổng thông tin thị thực Hàn Quốc: thị thực và giấy xác nhận cấp thị thực",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부)"
		},
		hikorea: {
			title: "HiKorea: nộp hồ sơ trực tuyến và đặt lịch đến cơ quan xuất nhập cảnh",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부)"
		}
	},
	categories: {
		basic: {
			label: "Mục cơ bản"
		},
		selective: {
			label: "Mục tự chọn"
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
			label: "Học vấn và kinh nghiệm"
		},
		more: {
			label: "Đào tạo, thư giới thiệu và tiền án, vi phạm"
		}
	},
	questions: {
		age: {
			label: "Tuổi của bạn",
			help: "Tính theo số năm tròn (tuổi quốc tế).",
			assumption: "Tuổi của bạn hôm nay; bảng điểm tính theo tuổi vào ngày nộp hồ sơ."
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
		restrictedNationality: {
			label: "Bạn có phải là công dân của nước mà Bộ Tư pháp yêu cầu đạt 80 điểm không?",
			help: "Bộ Tư pháp nêu tên các nước này trong một thông báo; cơ quan xuất nhập cảnh hoặc tổng đài 1345 có thể cho bạn biết.",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				},
				"not-sure": {
					label: "Không chắc"
				}
			}
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
			assumption: "Bằng cao đẳng chỉ được tính (15 điểm) nếu lấy tại Hàn Quốc."
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
			assumption: "Top 100 hoặc top 500 thế giới được hiểu là top 200 THE hoặc top 500 QS theo sổ tay (xếp hạng trong 3 năm gần nhất). Trường chỉ lọt top 500 ở bảng xếp hạng khác có thể không được tính."
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
			assumption: "Bằng tại Hàn Quốc được hiểu là đã học tại Hàn Quốc từ 2 năm trở lên như bảng điểm yêu cầu; bằng kép với thời gian học ngắn hơn không được tính."
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
		experience: {
			label: "Số năm làm việc trong lĩnh vực của bạn, kể cả nghiên cứu",
			help: "Tổng thời gian làm việc toàn thời gian. Có thể nhập nửa năm, ví dụ 7,5.",
			assumption: "Toàn bộ số năm được tính theo thang kinh nghiệm ở nước ngoài (3 năm: 5 điểm, 5 năm: 10, 7 năm: 15). Kinh nghiệm tại Hàn Quốc được nhiều điểm hơn (1 năm: 5, 3 năm: 10, 5 năm: 15), nên nếu từng làm việc tại Hàn Quốc, bảng điểm có thể cho bạn thêm tối đa 10 điểm. Chỉ tính công việc liên quan đến ngành học, sau khi có bằng, trong 10 năm gần nhất."
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
					label: "Không có mục nào"
				}
			},
			assumption: "“Công ty hàng đầu thế giới” ở đây được hiểu là Fortune Global 500 theo sổ tay (làm việc từ 1 năm trở lên trong 10 năm gần nhất)."
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
		koreaTraining: {
			label: "Khóa đào tạo khác tại Hàn Quốc",
			assumption: "Không hỏi: tính là không có.",
			options: {
				none: {
					label: "Không có"
				},
				"language-12m": {
					label: "Khóa học tiếng Hàn (D-4-1) từ 12 tháng trở lên"
				},
				"training-12m": {
					label: "Đào tạo diện D-2-5, D-2-6, D-4-2 hoặc D-4-6 từ 12 đến 18 tháng"
				},
				"training-19m": {
					label: "Đào tạo diện D-2-5, D-2-6, D-4-2 hoặc D-4-6 từ 19 tháng trở lên"
				}
			}
		},
		jobSeekerRecommendation: {
			label: "Bạn có thư giới thiệu tìm việc của một bộ ngành Hàn Quốc hoặc đại sứ quán Hàn Quốc không?",
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
		previousPay: {
			label: "Công việc trước của bạn có trả từ 50.000 USD/năm trở lên, được chứng minh bằng giấy tờ thu nhập do cơ quan nhà nước cấp không?",
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
			assumption: "Không hỏi: tính là không có. Bảng điểm cộng dồn tiền phạt trong 5 năm gần nhất."
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
			assumption: "Không hỏi: tính là không có. Lệnh xuất cảnh hoặc trục xuất trong 5 năm gần đây khiến bạn không được cấp D-10; ở đây được tính là mức trừ điểm cao nhất."
		}
	},
	pathways: {
		jobSeekerLong: {
			label: "Từ 80 điểm trở lên",
			description: "Mục cơ bản từ 20 điểm và tổng từ 80 điểm: tổng cộng tối đa 3 năm, mỗi lần cấp 1 năm.",
			status: "Thị thực tìm việc (D-10-1), tối đa 3 năm",
			basis: "Bảng điểm D-10-1: mục cơ bản từ 20, tổng từ 80",
			next: [
				{
					text: "Nếu ở nước ngoài: nộp đơn xin thị thực D-10 tại đại sứ quán hoặc lãnh sự quán Hàn Quốc; xem Cổng thông tin thị thực Hàn Quốc."
				},
				{
					text: "Nếu ở Hàn Quốc: xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh; đặt lịch trên HiKorea."
				}
			]
		},
		jobSeeker: {
			label: "Từ 60 điểm trở lên",
			description: "Mục cơ bản từ 20 điểm và tổng từ 60 điểm: tổng cộng tối đa 1 năm, mỗi lần cấp 6 tháng.",
			status: "Thị thực tìm việc (D-10-1), tối đa 1 năm",
			basis: "Bảng điểm D-10-1: mục cơ bản từ 20, tổng từ 60 (từ 80 với công dân các nước được chỉ định đang lưu trú diện B, C, D-3, E-9, E-10 hoặc G-1)",
			next: [
				{
					text: "Nếu ở nước ngoài: nộp đơn xin thị thực D-10 tại đại sứ quán hoặc lãnh sự quán Hàn Quốc; xem Cổng thông tin thị thực Hàn Quốc."
				},
				{
					text: "Nếu ở Hàn Quốc: xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh; đặt lịch trên HiKorea."
				}
			]
		}
	},
	benefits: [
		"Tìm việc tại Hàn Quốc khi chưa có lời mời làm việc",
		"Chuyển sang thị thực lao động ngay tại Hàn Quốc khi được tuyển",
		"Được thực tập ngắn hạn khi có giấy phép"
	],
	assumptions: [
		"Bảng điểm lấy từ sổ tay lưu trú tháng 9/2026 (cơ bản 50 + tự chọn 70 + điểm cộng 70; trừ tối đa −60); sổ tay cấp thị thực có cùng bảng này.",
		"Không hỏi nhưng cũng bắt buộc: không bị phạt từ 3.000.000 won trở lên trong 3 năm gần đây, không có án tù trong 5 năm gần đây, không bị lệnh xuất cảnh hay trục xuất trong 5 năm gần đây, và chứng minh tài chính cho thời gian lưu trú.",
		"Điểm cộng cho thư giới thiệu, đào tạo tại Hàn Quốc và mức lương trước đây không được hỏi và tính là không có; trang web nhúng công cụ có thể tự hỏi các mục này.",
		"Một số người không cần điểm: sinh viên mới tốt nghiệp đại học Hàn Quốc, người từ 29 tuổi trở xuống tốt nghiệp trường top 200 THE hoặc QS, và người lao động đã hết hợp đồng E-1 đến E-7. Các trường hợp này không được kiểm tra ở đây."
	],
	disclaimer: "Đây chỉ là ước tính, không phải quyết định. Bộ Tư pháp quyết định cấp thị thực."
};
var d101vi = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { d101vi as default, language, rubric, texts };
