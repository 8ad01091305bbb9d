const rubric = "e-7-1-2026";
const language = "vi";
const texts = {
	title: "Thị thực lao động chuyên môn (E-7-1)",
	sources: {
		"stay-manual": {
			title: "Sổ tay hướng dẫn lưu trú theo tư cách lưu trú (외국인체류 안내매뉴얼), bản 2026.9, sửa đổi lần cuối ngày 18/9/2026",
			publisher: "Bộ Tư pháp Hàn Quốc, Cục Xuất nhập cảnh và Chính sách người nước ngoài (HiKorea)"
		},
		"wage-floor-period": {
			title: "Yêu cầu lương E-7 năm 2026: E-7-1 là 31.120.000 won/năm, áp dụng từ ngày 1/2 đến ngày 31/12/2026 (thông báo của Bộ Tư pháp, theo bài đưa tin)",
			publisher: "KOWORK (nguồn thứ cấp đưa tin về thông báo của Bộ Tư pháp)"
		},
		"gni-standard": {
			title: "GNI bình quân đầu người dùng khi xét thị thực: 52.416.000 won, áp dụng từ ngày 1/4/2026 đến ngày 31/3/2027",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부, thông báo trên HiKorea)"
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
	parameters: {
		wageFloor: {
			label: "Ngưỡng lương E-7-1 (theo năm)",
			note: "Do Bộ Tư pháp công bố mỗi năm một lần; mức của năm 2027 sẽ thay thế, nên bảng tiêu chí này được xem xét lại trước ngày 31/12/2026."
		},
		gni: {
			label: "GNI bình quân đầu người",
			note: "Số liệu sơ bộ của Ngân hàng Trung ương Hàn Quốc; mức chuẩn thay đổi vào ngày 1/4 hằng năm."
		}
	},
	categories: {
		requirements: {
			label: "Yêu cầu"
		}
	},
	steps: {
		offer: {
			label: "Lời mời làm việc"
		},
		education: {
			label: "Học vấn và kinh nghiệm"
		},
		record: {
			label: "Tiền án, vi phạm và bên tuyển dụng"
		}
	},
	questions: {
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
			assumption: "Top 100 hoặc top 500 thế giới được hiểu là top 200 THE hoặc top 500 QS theo sổ tay (bất kỳ năm nào trong 3 năm gần nhất). Trường chỉ lọt top 500 ở bảng xếp hạng khác có thể không được tính."
		},
		degreeRelated: {
			label: "Ngành học của bạn có liên quan đến công việc không?",
			options: {
				yes: {
					label: "Có"
				},
				no: {
					label: "Không"
				}
			}
		},
		experience: {
			label: "Số năm làm việc trong lĩnh vực của bạn, kể cả nghiên cứu",
			help: "Tổng thời gian làm việc toàn thời gian. Có thể nhập nửa năm, ví dụ 7,5.",
			assumption: "Được tính là kinh nghiệm liên quan sau khi có bằng; trong các lĩnh vực công nghệ cao như CNTT, sinh học, nano, thời gian thực tập trước khi tốt nghiệp cũng được tính."
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
			assumption: "“Công ty hàng đầu thế giới” ở đây được hiểu là “công ty thuộc top 500 toàn cầu” trong quy định về 1 năm kinh nghiệm của sổ tay."
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
			assumption: "Không hỏi: tính là không có. Phần E-7 không quy định điểm cho tiền án; áp dụng các giới hạn chung về cấp phép lưu trú."
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
			assumption: "Không hỏi: tính là không có."
		},
		employerQuota: {
			label: "Bên tuyển dụng có tuân thủ giới hạn tỷ lệ nhân viên nước ngoài không?",
			help: "Với một số nghề (trong đó có lập trình viên web), nhân sự E-7 không được vượt quá 20% số nhân viên người Hàn của bên tuyển dụng (50% với doanh nghiệp công nghệ cao được KOTRA giới thiệu).",
			assumption: "Không hỏi: tính là trong giới hạn. Phần lớn công việc chuyên môn được miễn; bên tuyển dụng có thể cho bạn biết.",
			options: {
				within: {
					label: "Trong giới hạn, hoặc không áp dụng giới hạn"
				},
				over: {
					label: "Vượt giới hạn"
				}
			}
		}
	},
	pathways: {
		relatedMasters: {
			label: "Thạc sĩ ngành liên quan",
			description: "Bằng thạc sĩ hoặc tiến sĩ liên quan đến công việc, và đạt ngưỡng lương E-7-1 năm 2026.",
			status: "Thị thực lao động chuyên môn (E-7-1)",
			basis: "Yêu cầu chung: bằng thạc sĩ trở lên ngành liên quan",
			next: [
				{
					text: "Bên tuyển dụng nộp hồ sơ. Nếu bạn ở nước ngoài: công ty xin giấy xác nhận cấp thị thực (사증발급인정서) trên Cổng thông tin thị thực Hàn Quốc, sau đó bạn nhận thị thực tại cơ quan đại diện Hàn Quốc hoặc dùng thị thực điện tử."
				},
				{
					text: "Nếu đã ở Hàn Quốc: bạn xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh, đặt lịch trên HiKorea. Không thể chuyển đổi từ B, C, D-3, E-8, E-9, E-10 hoặc G-1."
				}
			]
		},
		bachelorsAndYear: {
			label: "Cử nhân + 1 năm kinh nghiệm",
			description: "Bằng cử nhân ngành liên quan, 1 năm kinh nghiệm liên quan sau khi tốt nghiệp, và đạt ngưỡng lương E-7-1 năm 2026.",
			status: "Thị thực lao động chuyên môn (E-7-1)",
			basis: "Yêu cầu chung: bằng cử nhân ngành liên quan và 1 năm kinh nghiệm liên quan",
			next: [
				{
					text: "Bên tuyển dụng nộp hồ sơ. Nếu bạn ở nước ngoài: công ty xin giấy xác nhận cấp thị thực (사증발급인정서) trên Cổng thông tin thị thực Hàn Quốc, sau đó bạn nhận thị thực tại cơ quan đại diện Hàn Quốc hoặc dùng thị thực điện tử."
				},
				{
					text: "Nếu đã ở Hàn Quốc: bạn xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh, đặt lịch trên HiKorea. Không thể chuyển đổi từ B, C, D-3, E-8, E-9, E-10 hoặc G-1."
				}
			]
		},
		fiveYears: {
			label: "5 năm kinh nghiệm",
			description: "5 năm kinh nghiệm liên quan, và đạt ngưỡng lương E-7-1 năm 2026.",
			status: "Thị thực lao động chuyên môn (E-7-1)",
			basis: "Yêu cầu chung: 5 năm kinh nghiệm liên quan",
			next: [
				{
					text: "Bên tuyển dụng nộp hồ sơ. Nếu bạn ở nước ngoài: công ty xin giấy xác nhận cấp thị thực (사증발급인정서) trên Cổng thông tin thị thực Hàn Quốc, sau đó bạn nhận thị thực tại cơ quan đại diện Hàn Quốc hoặc dùng thị thực điện tử."
				},
				{
					text: "Nếu đã ở Hàn Quốc: bạn xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh, đặt lịch trên HiKorea. Không thể chuyển đổi từ B, C, D-3, E-8, E-9, E-10 hoặc G-1."
				}
			]
		},
		topUniversity: {
			label: "Trường đại học hàng đầu",
			description: "Bằng cử nhân trở lên ngành liên quan của trường trong top 200 THE hoặc top 500 QS: không cần kinh nghiệm.",
			status: "Thị thực lao động chuyên môn (E-7-1)",
			basis: "Yêu cầu đặc biệt: tốt nghiệp trường top 200 THE hoặc top 500 QS, miễn kinh nghiệm",
			next: [
				{
					text: "Bên tuyển dụng nộp hồ sơ. Nếu bạn ở nước ngoài: công ty xin giấy xác nhận cấp thị thực (사증발급인정서) trên Cổng thông tin thị thực Hàn Quốc, sau đó bạn nhận thị thực tại cơ quan đại diện Hàn Quốc hoặc dùng thị thực điện tử."
				},
				{
					text: "Nếu đã ở Hàn Quốc: bạn xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh, đặt lịch trên HiKorea. Không thể chuyển đổi từ B, C, D-3, E-8, E-9, E-10 hoặc G-1."
				}
			]
		},
		koreanDegree: {
			label: "Bằng của trường đại học Hàn Quốc",
			description: "Bằng cử nhân trở lên của trường đại học Hàn Quốc, ngành nào cũng được: không cần kinh nghiệm.",
			status: "Thị thực lao động chuyên môn (E-7-1)",
			basis: "Yêu cầu đặc biệt: bằng cử nhân trở lên tại Hàn Quốc, nghề nào cũng được",
			next: [
				{
					text: "Bên tuyển dụng nộp hồ sơ. Nếu bạn ở nước ngoài: công ty xin giấy xác nhận cấp thị thực (사증발급인정서) trên Cổng thông tin thị thực Hàn Quốc, sau đó bạn nhận thị thực tại cơ quan đại diện Hàn Quốc hoặc dùng thị thực điện tử."
				},
				{
					text: "Nếu đã ở Hàn Quốc: bạn xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh, đặt lịch trên HiKorea. Không thể chuyển đổi từ B, C, D-3, E-8, E-9, E-10 hoặc G-1."
				}
			]
		},
		globalCompany: {
			label: "Công ty hàng đầu thế giới",
			description: "Làm công việc chuyên môn từ 1 năm trở lên tại một công ty thuộc top 500 toàn cầu.",
			status: "Thị thực lao động chuyên môn (E-7-1)",
			basis: "Yêu cầu đặc biệt: 1 năm làm việc tại công ty top 500 toàn cầu",
			next: [
				{
					text: "Bên tuyển dụng nộp hồ sơ. Nếu bạn ở nước ngoài: công ty xin giấy xác nhận cấp thị thực (사증발급인정서) trên Cổng thông tin thị thực Hàn Quốc, sau đó bạn nhận thị thực tại cơ quan đại diện Hàn Quốc hoặc dùng thị thực điện tử."
				},
				{
					text: "Nếu đã ở Hàn Quốc: bạn xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh, đặt lịch trên HiKorea. Không thể chuyển đổi từ B, C, D-3, E-8, E-9, E-10 hoặc G-1."
				}
			]
		},
		highIncome: {
			label: "Lương gấp 3 lần GNI",
			description: "Lương ít nhất gấp 3 lần GNI bình quân đầu người: không cần bằng cấp hay kinh nghiệm.",
			status: "Thị thực lao động chuyên môn (E-7-1)",
			basis: "Yêu cầu đặc biệt: chuyên gia thu nhập cao (gấp 3 lần GNI), miễn bằng cấp và kinh nghiệm",
			next: [
				{
					text: "Bên tuyển dụng nộp hồ sơ. Nếu bạn ở nước ngoài: công ty xin giấy xác nhận cấp thị thực (사증발급인정서) trên Cổng thông tin thị thực Hàn Quốc, sau đó bạn nhận thị thực tại cơ quan đại diện Hàn Quốc hoặc dùng thị thực điện tử."
				},
				{
					text: "Nếu đã ở Hàn Quốc: bạn xin chuyển đổi tư cách lưu trú tại cơ quan xuất nhập cảnh, đặt lịch trên HiKorea. Không thể chuyển đổi từ B, C, D-3, E-8, E-9, E-10 hoặc G-1."
				}
			]
		}
	},
	benefits: [
		"Làm việc cho bên tuyển dụng ghi trên thị thực, tối đa 3 năm mỗi lần cấp, có thể gia hạn",
		"Vợ/chồng và con có thể sang cùng (F-3)",
		"Thời gian ở diện E-7-1 được tính để chuyển sang cư trú theo thang điểm (F-2-7)"
	],
	assumptions: [
		"Ngưỡng lương E-7-1 năm 2026 (31.120.000 won) có trong sổ tay lưu trú; thời gian áp dụng (1/2 đến 31/12/2026) lấy từ nguồn thứ cấp đưa tin về thông báo của Bộ. Mức này thay đổi hằng năm: bảng tiêu chí được xem xét lại trước ngày 31/12/2026.",
		"Yêu cầu thu nhập cao (gấp 3 lần GNI) được xét theo mức 52.416.000 won, tức 157.248.000 won. Một số nguồn thứ cấp cho biết E-7 vẫn theo mức cũ (49.955.000 won, tức 149.865.000 won) đến ngày 31/3/2027; chúng tôi chưa xác minh được điều này trong thông báo của HiKorea.",
		"Một số nghề có quy định lương riêng (80% GNI, hoặc 70% tại doanh nghiệp nhỏ trong tối đa 3 năm); lập trình viên phần mềm (KSCO 2222, 2223, 2224) áp dụng mức chung. Lương cũng phải đạt mức lương tối thiểu theo luật, tính theo giờ và theo tháng.",
		"Không hỏi nhưng cũng bắt buộc: không có tiền án hay vi phạm xuất nhập cảnh thuộc diện loại trừ, bên tuyển dụng tuân thủ giới hạn nhân viên nước ngoài (nếu áp dụng), đạt yêu cầu về thuế và kinh doanh, và công việc thuộc danh sách nghề E-7-1.",
		"Các yêu cầu đặc biệt cần thư giới thiệu (giới thiệu của bộ ngành kèm lương gấp 1,5 lần GNI), các chương trình riêng (thực tập sinh D-10-3, sinh viên STEM châu Á, nhân tài trẻ triển vọng) và bằng cao đẳng Hàn Quốc ngành liên quan không được kiểm tra ở đây."
	],
	disclaimer: "Đây chỉ là ước tính, không phải quyết định. Bộ Tư pháp quyết định cấp thị thực dựa trên hồ sơ của bên tuyển dụng."
};
var e71vi = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { e71vi as default, language, rubric, texts };
