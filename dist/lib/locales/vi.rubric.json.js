const rubric = "ktech-pass-2026-09";
const language = "vi";
const texts = {
	title: "Tự đánh giá K‑Tech Pass và thị thực Top-tier (F‑2‑T)",
	sources: {
		"top-tier-guideline": {
			title: "Hướng dẫn cấp thị thực và quản lý lưu trú cho nhân tài xuất sắc nhất (Top-tier) trong lĩnh vực công nghiệp mũi nhọn và khoa học công nghệ (톱티어 사증발급 및 체류관리 지침), hiệu lực từ ngày 25/6/2026, trong Sổ tay hướng dẫn thủ tục lưu trú theo từng tư cách (bản 9/2026)",
			publisher: "Bộ Tư pháp Hàn Quốc (법무부, HiKorea)"
		},
		"ktech-pass-overview": {
			title: "Tổng quan chương trình K‑Tech Pass, trong cùng sổ tay",
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
			title: "Diện đánh giá định tính của K‑Tech Pass (65 + 35 điểm, điểm cộng cho doanh nghiệp vừa và nhỏ, nhà khoa học theo chương trình của chính phủ); bãi bỏ yêu cầu tiếng Hàn đối với F‑2‑T",
			publisher: "Bộ Công Thương (산업통상부) và Bộ Tư pháp Hàn Quốc (법무부), theo báo chí"
		},
		"kotra-gtc": {
			title: "Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터): nộp hồ sơ K‑Tech Pass",
			publisher: "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA)"
		},
		"strategic-tech": {
			title: "12 công nghệ chiến lược quốc gia",
			publisher: "Bộ Khoa học và ICT Hàn Quốc (과학기술정보통신부)"
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
		career: {
			label: "Học vấn và kinh nghiệm"
		},
		expertise: {
			label: "Chuyên môn và vị trí công việc"
		},
		employer: {
			label: "Công ty tuyển dụng và chương trình của chính phủ"
		}
	},
	questions: {
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
			label: "Thứ hạng của trường đại học cấp bằng",
			help: "Top 100: trong 5 năm gần nhất, lọt vào top 100 của ít nhất một trong các bảng xếp hạng sau: QS World University Rankings, QS theo ngành (Kỹ thuật và Công nghệ), Times Higher Education (THE) World University Rankings, THE theo ngành (Kỹ thuật), U.S. News Best Global Universities hoặc bảng xếp hạng ngành Kỹ thuật của U.S. News.",
			options: {
				top100: {
					label: "Top 100 thế giới"
				},
				top500: {
					label: "Top 500 thế giới"
				},
				other: {
					label: "Khác hoặc không có thứ hạng"
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
			label: "Nơi bạn đã làm việc ít nhất 3 năm",
			help: "Chọn mục cao nhất phù hợp với bạn.",
			options: {
				global500: {
					label: "Công ty hàng đầu thế giới",
					help: "Trong 3 năm gần nhất có tên trong Forbes Global 2000 (top 500), TIME100 Most Influential Companies hoặc Fortune Global 500."
				},
				"top-institute": {
					label: "Viện nghiên cứu hàng đầu thế giới",
					help: "Viện nghiên cứu của trường đại học top 100, trung tâm nghiên cứu của công ty hàng đầu thế giới, hoặc viện nghiên cứu do chính phủ chủ trì."
				},
				large: {
					label: "Công ty lớn hoặc công ty niêm yết khác"
				},
				other: {
					label: "Nơi làm việc khác"
				},
				none: {
					label: "Chưa làm việc ở đâu đủ 3 năm"
				}
			},
			assumption: "Điểm cho từng loại nơi làm việc là giả định."
		},
		koreaExperience: {
			label: "Bạn có từng làm việc từ 1 năm trở lên trong ngành công nghiệp mũi nhọn tại một công ty ở Hàn Quốc không?",
			help: "Với tư cách lưu trú từ D‑7 đến E‑7, hoặc F‑2.",
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
		field: {
			label: "Lĩnh vực công nghệ của bạn",
			help: "Tám ngành công nghiệp chiến lược mũi nhọn quốc gia được điểm cao nhất.",
			options: {
				semiconductors: {
					label: "Bán dẫn"
				},
				"secondary-batteries": {
					label: "Pin thứ cấp"
				},
				displays: {
					label: "Màn hình hiển thị"
				},
				biotech: {
					label: "Công nghệ sinh học"
				},
				robotics: {
					label: "Robot"
				},
				defense: {
					label: "Quốc phòng"
				},
				ai: {
					label: "Trí tuệ nhân tạo (AI)"
				},
				"advanced-mobility": {
					label: "Phương tiện di chuyển tiên tiến",
					help: "Ô tô tương lai, tàu thủy thân thiện môi trường hoặc tự hành, thiết bị bay không người lái."
				},
				"other-strategic": {
					label: "Công nghệ chiến lược quốc gia khác",
					help: "Lượng tử, hydro, hạt nhân thế hệ mới, hàng không vũ trụ, an ninh mạng, viễn thông thế hệ mới."
				},
				"other-tech": {
					label: "Lĩnh vực công nghệ khác"
				},
				"non-tech": {
					label: "Không thuộc lĩnh vực công nghệ"
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
		researchDistinction: {
			label: "Thành tích nghiên cứu nổi bật nhất của bạn",
			help: "Dùng cho diện khoa học và công nghệ.",
			options: {
				pi: {
					label: "Chủ nhiệm nghiên cứu hoặc nghiên cứu viên cao cấp, từ 5 năm trở lên",
					help: "Chủ nhiệm nghiên cứu (PI) hoặc từ trợ lý giáo sư trở lên tại viện nghiên cứu của trường đại học top 100, hoặc nghiên cứu viên cao cấp (책임급) trở lên tại trung tâm nghiên cứu của công ty thuộc top 500 toàn cầu hay viện nghiên cứu công lập."
				},
				patents: {
					label: "Bằng sáng chế then chốt hoặc phí chuyển giao công nghệ",
					help: "Có bằng sáng chế bộ ba hoặc bằng sáng chế tiêu chuẩn quốc tế, hoặc thu từ 1 tỷ won phí chuyển giao công nghệ trở lên trong 3 năm gần nhất."
				},
				citations: {
					label: "Bài báo được trích dẫn nhiều hoặc mang tính bước ngoặt",
					help: "Nhà nghiên cứu được trích dẫn nhiều (Highly Cited Researcher), hoặc tác giả chính của bài báo được Science, Nature hay tạp chí tương tự bình chọn là kết quả nổi bật của năm."
				},
				prize: {
					label: "Giải thưởng quốc tế lớn",
					help: "Chẳng hạn giải Nobel hoặc huy chương Fields, hoặc được người đoạt giải đề cử."
				},
				none: {
					label: "Không có mục nào"
				}
			}
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
				},
				"no-offer": {
					label: "Chưa có thư mời làm việc"
				}
			},
			assumption: "Các mức và điểm tương ứng là giả định."
		},
		employerSize: {
			label: "Quy mô của công ty tuyển dụng",
			help: "Doanh nghiệp vừa và nhỏ theo Luật Cơ bản về doanh nghiệp vừa và nhỏ của Hàn Quốc (중소기업기본법) được cộng 10 điểm.",
			options: {
				sme: {
					label: "Doanh nghiệp vừa và nhỏ (SME)"
				},
				large: {
					label: "Doanh nghiệp lớn hoặc loại khác"
				}
			}
		},
		governmentProgramme: {
			label: "Bạn có được mời sang Hàn Quốc theo một chương trình của chính phủ không?",
			help: "Nhà khoa học được mời sang theo các chương trình này đương nhiên đủ điều kiện.",
			options: {
				mohw: {
					label: "Có, chương trình của Bộ Y tế và Phúc lợi (보건복지부)"
				},
				kasa: {
					label: "Có, chương trình của Cơ quan Hàng không Vũ trụ Hàn Quốc (우주항공청)"
				},
				none: {
					label: "Không"
				}
			}
		}
	},
	pathways: {
		topTierStandard: {
			label: "Top-tier: bằng cấp, kinh nghiệm, 3 lần GNI",
			description: "Bằng thạc sĩ hoặc tiến sĩ của trường hàng đầu, kinh nghiệm làm việc hàng đầu, lương từ 3 lần GNI bình quân đầu người và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực cư trú Top-tier (톱티어 거주, F‑2‑T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực công nghiệp mũi nhọn, điểm a (가목)",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터) để xin K‑Tech Pass và đề cử của Bộ Công Thương Hàn Quốc (산업통상부; trước tháng 10/2025 là Bộ Thương mại, Công nghiệp và Năng lượng)."
				},
				{
					text: "Khi có đề cử, nộp đơn xin thị thực điện tử F‑2‑T trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털)."
				}
			]
		},
		topTierHighIncome: {
			label: "Top-tier: 4 lần GNI",
			description: "Lương từ 4 lần GNI bình quân đầu người, kèm bằng cấp hoặc kinh nghiệm làm việc hàng đầu, và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực cư trú Top-tier (톱티어 거주, F‑2‑T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực công nghiệp mũi nhọn, điểm b (나목)",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터) để xin K‑Tech Pass và đề cử của Bộ Công Thương Hàn Quốc (산업통상부; trước tháng 10/2025 là Bộ Thương mại, Công nghiệp và Năng lượng)."
				},
				{
					text: "Khi có đề cử, nộp đơn xin thị thực điện tử F‑2‑T trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털)."
				}
			]
		},
		topTierKoreaExperience: {
			label: "Top-tier: làm việc tại Hàn Quốc, 2 lần GNI",
			description: "Bằng cấp và kinh nghiệm hàng đầu, 1 năm làm việc trong ngành công nghiệp mũi nhọn tại Hàn Quốc, lương từ 2 lần GNI bình quân đầu người và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực cư trú Top-tier (톱티어 거주, F‑2‑T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực công nghiệp mũi nhọn, điểm c (다목)",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터) để xin K‑Tech Pass và đề cử của Bộ Công Thương Hàn Quốc (산업통상부; trước tháng 10/2025 là Bộ Thương mại, Công nghiệp và Năng lượng)."
				},
				{
					text: "Khi có đề cử, nộp đơn xin thị thực điện tử F‑2‑T trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털)."
				}
			]
		},
		qualitative: {
			label: "Diện đánh giá định tính K‑Tech Pass (từ tháng 7/2026)",
			description: "Có thư mời làm việc và tổng điểm (kể cả điểm cộng doanh nghiệp vừa và nhỏ, nếu có) đạt điểm tối thiểu trở lên.",
			status: "K‑Tech Pass, sau đó là thị thực cư trú Top-tier (톱티어 거주, F‑2‑T)",
			basis: "Diện đánh giá định tính K‑Tech Pass (tháng 7/2026); F‑2‑T theo điểm d (라목) của Hướng dẫn Top-tier",
			assumption: "Điểm từng mục và điểm đạt tối thiểu của diện này là giả định.",
			next: [
				{
					text: "Công ty tuyển dụng nộp hồ sơ trực tuyến xin K‑Tech Pass tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터)."
				},
				{
					text: "Sau đó, nộp đơn xin thị thực điện tử F‑2‑T trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털), kèm đề cử của Bộ Công Thương Hàn Quốc (산업통상부) theo điểm d (라목)."
				}
			]
		},
		scienceTrack: {
			label: "Top-tier lĩnh vực khoa học và công nghệ",
			description: "Có thành tích nghiên cứu nổi bật và thư mời làm việc trong lĩnh vực công nghệ.",
			status: "Thị thực cư trú Top-tier (톱티어 거주, F‑2‑T)",
			basis: "Hướng dẫn Top-tier, lĩnh vực khoa học và công nghệ, điểm a (가목)",
			next: [
				{
					text: "Cơ quan tiếp nhận đề nghị Bộ Khoa học và ICT Hàn Quốc (과학기술정보통신부) đề cử."
				},
				{
					text: "Khi có đề cử, nộp đơn xin thị thực điện tử F‑2‑T trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털)."
				}
			]
		},
		governmentScholar: {
			label: "Nhà khoa học theo chương trình của chính phủ",
			description: "Nhà khoa học được mời sang theo chương trình của Bộ Y tế và Phúc lợi (보건복지부) hoặc Cơ quan Hàng không Vũ trụ Hàn Quốc (우주항공청) đương nhiên đủ điều kiện.",
			status: "K‑Tech Pass, sau đó là thị thực cư trú Top-tier (톱티어 거주, F‑2‑T)",
			basis: "Thông báo về K‑Tech Pass tháng 7/2026",
			next: [
				{
					text: "Cơ quan tiếp nhận nộp hồ sơ xin K‑Tech Pass tại Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터)."
				},
				{
					text: "Sau đó, nộp đơn xin thị thực điện tử F‑2‑T trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털), kèm đề cử của Bộ Công Thương Hàn Quốc (산업통상부) theo điểm d (라목)."
				}
			]
		},
		promisingTopTier: {
			label: "Top-tier triển vọng (E‑7‑T)",
			description: "Bằng cấp và kinh nghiệm hàng đầu, lương từ 2 lần GNI bình quân đầu người và thư mời làm việc trong ngành công nghiệp mũi nhọn.",
			status: "Thị thực lao động Top-tier triển vọng (유망 톱티어 특정활동, E‑7‑T)",
			basis: "Hướng dẫn Top-tier, Top-tier triển vọng (E‑7‑T)",
			next: [
				{
					text: "Công ty tuyển dụng đề nghị Trung tâm Thu hút Nhân tài Toàn cầu của KOTRA (해외인재유치센터) xin đề cử của Bộ Công Thương Hàn Quốc (산업통상부)."
				},
				{
					text: "Khi có đề cử, nộp đơn xin thị thực điện tử E‑7‑T trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털)."
				}
			]
		},
		preliminaryTopTier: {
			label: "Top-tier dự bị (D‑10‑T)",
			description: "Chỉ cần bằng thạc sĩ hoặc tiến sĩ của trường hàng đầu; không cần thư mời làm việc. Đây là thị thực 6 tháng để tìm việc.",
			status: "Thị thực tìm việc Top-tier dự bị (예비 톱티어 구직, D‑10‑T)",
			basis: "Hướng dẫn Top-tier, Top-tier dự bị (D‑10‑T)",
			next: [
				{
					text: "Nộp đơn xin thị thực D‑10‑T tại Đại sứ quán hoặc Tổng Lãnh sự quán Hàn Quốc theo hướng dẫn trên Cổng thông tin thị thực Hàn Quốc (대한민국 비자포털); không cần đề cử."
				}
			]
		}
	},
	benefits: [
		"Thị thực điện tử cấp trực tuyến trong khoảng hai tuần, không cần đến cơ quan lãnh sự",
		"Vợ hoặc chồng được tự do làm việc",
		"Chuyển sang thường trú (F‑5‑T) sau 3 năm với F‑2‑T, nếu thu nhập vẫn từ 3 lần GNI và đã hoàn thành cấp 3 Chương trình hội nhập xã hội (사회통합프로그램) hoặc đạt TOPIK cấp 3",
		"Được mời cha mẹ và một người giúp việc gia đình sang Hàn Quốc",
		"Thẻ ưu tiên xuất nhập cảnh: dùng làn ưu tiên tại sân bay",
		"Giảm 50% thuế thu nhập từ tiền lương trong 10 năm",
		"Con cái được nhận vào trường dành cho người nước ngoài, không tính vào chỉ tiêu tuyển sinh",
		"Hạn mức vay tiền thuê nhà jeonse (전세) như người Hàn Quốc",
		"Dịch vụ hỗ trợ hành chính: đón tại sân bay, đăng ký người nước ngoài, mở thuê bao điện thoại và tài khoản ngân hàng",
		"Không còn yêu cầu năng lực tiếng Hàn (TOPIK) đối với F‑2‑T: bãi bỏ từ tháng 7/2026"
	],
	assumptions: [
		"Điểm từng mục và điểm đạt tối thiểu chưa được công bố: các mức ở đây là giả định, khớp với thang 65 + 35 điểm và 10 điểm cộng cho doanh nghiệp vừa và nhỏ đã công bố.",
		"Mọi diện còn cần cơ quan có thẩm quyền thẩm định và đề cử, điều mà không ước tính nào có thể biết trước."
	],
	disclaimer: "Đây là kết quả ước tính, không phải quyết định chính thức. KOTRA cấp K‑Tech Pass, còn Bộ Tư pháp Hàn Quốc (법무부) quyết định việc cấp thị thực."
};
var texts$1 = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { texts$1 as default, language, rubric, texts };
