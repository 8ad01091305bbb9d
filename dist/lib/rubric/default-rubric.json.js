const $schema = "../../rubric.schema.json";
const id = "ktech-pass-2026-09";
const version = "2.0.0";
const effectiveDate = "2026-07-02";
const reviewDate = "2027-03-31";
const languages = [
	"en",
	"ko"
];
const title = {
	en: "K-Tech Pass and Top-tier (F-2-T) visa self-assessment",
	ko: "K-테크 패스 및 톱티어(F-2-T) 비자 자가 진단"
};
const sources = [
	{
		id: "top-tier-guideline",
		title: {
			en: "Top-tier (F-2-T) visa guideline, in force 25 June 2026, in the stay manual by status (edition 2026.9)",
			ko: "「첨단산업 및 과학기술 분야 최우수인재 톱티어(Top-Tier) 사증발급 및 체류관리 지침」(2026. 6. 25. 시행), 「체류민원 자격별 안내 매뉴얼」(2026.9.) 수록"
		},
		publisher: {
			en: "Ministry of Justice (HiKorea)",
			ko: "법무부(하이코리아)"
		},
		date: "2026-06",
		url: "https://www.hikorea.go.kr/"
	},
	{
		id: "ktech-pass-overview",
		title: {
			en: "K-Tech Pass programme overview, in the same manual",
			ko: "산업부 K-Tech Pass 사업 개요, 같은 매뉴얼 수록"
		},
		publisher: {
			en: "Ministry of Justice (HiKorea)",
			ko: "법무부(하이코리아)"
		},
		date: "2026-09",
		url: "https://www.hikorea.go.kr/"
	},
	{
		id: "gni-standard",
		title: {
			en: "GNI per capita for visas: KRW 52,416,000 from 1 April 2026 to 31 March 2027",
			ko: "사증 심사 기준 1인당 국민총소득 5,241만 6천 원(2026. 4. 1.~2027. 3. 31.)"
		},
		publisher: {
			en: "Ministry of Justice (HiKorea notice)",
			ko: "법무부(하이코리아 공지사항)"
		},
		date: "2026-03",
		url: "https://www.hikorea.go.kr/board/BoardNtcDetailR.pt?BBS_GB_CD=BS10&BBS_SEQ=1&NTCCTT_SEQ=1935"
	},
	{
		id: "bok-gni-2025",
		title: {
			en: "GNI per capita 2025 (preliminary): KRW 52,416,000",
			ko: "2025년 1인당 국민총소득(잠정): 5,241만 6천 원"
		},
		publisher: {
			en: "Bank of Korea",
			ko: "한국은행"
		},
		date: "2026-03-10",
		url: "https://ecos.bok.or.kr/"
	},
	{
		id: "announcement-2026-07",
		title: {
			en: "K-Tech Pass qualitative track (65 + 35 points, SME bonus, programme scholars); Korean-language requirement for F-2-T dropped",
			ko: "K-테크 패스 정성평가 트랙(정량 65점·정성 35점, 중소기업 가점, 정부 사업 초빙 연구자), F-2-T 한국어능력 요건 폐지"
		},
		publisher: {
			en: "Industry ministry and Ministry of Justice (press reports)",
			ko: "산업통상부·법무부(언론 보도)"
		},
		date: "2026-07-02"
	},
	{
		id: "kotra-gtc",
		title: {
			en: "KOTRA Global Talent Center: K-Tech Pass applications",
			ko: "KOTRA 해외인재유치센터: K-테크 패스 신청"
		},
		publisher: {
			en: "KOTRA",
			ko: "대한무역투자진흥공사(KOTRA)"
		},
		date: "2026-09",
		url: "https://www.kotra.or.kr/gtc_kor"
	},
	{
		id: "strategic-tech",
		title: {
			en: "12 national strategic technologies",
			ko: "12대 국가전략기술"
		},
		publisher: {
			en: "Ministry of Science and ICT",
			ko: "과학기술정보통신부"
		},
		date: "2022-10"
	}
];
const parameters = [
	{
		id: "gni",
		label: {
			en: "GNI per capita",
			ko: "1인당 국민총소득"
		},
		value: 52416000,
		unit: "KRW",
		year: 2025,
		validFrom: "2026-04-01",
		validUntil: "2027-03-31",
		sources: [
			"gni-standard",
			"bok-gni-2025"
		],
		note: {
			en: "Bank of Korea preliminary figure; the standard changes every 1 April.",
			ko: "한국은행 잠정치이며, 기준은 매년 4월 1일 바뀝니다."
		}
	}
];
const total = 100;
const passMark = {
	value: 60,
	assumption: {
		en: "The pass mark of the qualitative track is not public; 60 of 100 is our assumption.",
		ko: "정성평가 트랙의 합격 기준 점수는 공개되지 않았습니다. 100점 중 60점은 추정치입니다."
	}
};
const categories = [
	{
		id: "quantitative",
		label: {
			en: "Quantitative",
			ko: "정량 평가"
		},
		max: 65
	},
	{
		id: "qualitative",
		label: {
			en: "Qualitative",
			ko: "정성 평가"
		},
		max: 35
	},
	{
		id: "bonus",
		label: {
			en: "SME bonus",
			ko: "중소기업 가점"
		},
		max: 10,
		bonus: true
	}
];
const steps = [
	{
		id: "career",
		label: {
			en: "Education and career",
			ko: "학력 및 경력"
		},
		questions: [
			"degree",
			"institution",
			"experience",
			"postdocResearch",
			"employer",
			"koreaExperience",
			"salary"
		]
	},
	{
		id: "expertise",
		label: {
			en: "Expertise and role",
			ko: "전문성 및 직무"
		},
		questions: [
			"field",
			"evidence",
			"researchDistinction",
			"role"
		]
	},
	{
		id: "employer",
		label: {
			en: "Employer and programmes",
			ko: "고용 기업 및 정부 사업"
		},
		questions: [
			"employerSize",
			"governmentProgramme"
		]
	}
];
const questions = [
	{
		id: "degree",
		type: "choice",
		category: "quantitative",
		max: 15,
		label: {
			en: "Your highest degree",
			ko: "최종 학위"
		},
		options: [
			{
				id: "doctorate",
				label: {
					en: "Doctorate (PhD or equivalent)",
					ko: "박사"
				},
				points: 15
			},
			{
				id: "masters",
				label: {
					en: "Master's degree",
					ko: "석사"
				},
				points: 10
			},
			{
				id: "bachelors",
				label: {
					en: "Bachelor's degree",
					ko: "학사"
				},
				points: 5
			},
			{
				id: "none",
				label: {
					en: "No university degree",
					ko: "대학 학위 없음"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per degree are assumed.",
			ko: "학위별 배점은 추정치입니다."
		}
	},
	{
		id: "institution",
		type: "choice",
		category: "quantitative",
		max: 10,
		when: {
			question: "degree",
			"in": [
				"doctorate",
				"masters",
				"bachelors"
			]
		},
		label: {
			en: "Standing of the university that awarded it",
			ko: "해당 학위를 수여한 대학의 순위"
		},
		help: {
			en: "Top 100: in the last 5 years, in at least one of QS World University Rankings, QS by Subject: Engineering and Technology, Times Higher Education (THE) World University Rankings, THE by Subject: Engineering, U.S. News Best Global Universities or its Engineering ranking.",
			ko: "100위 이내: 최근 5년 내 QS 세계대학순위, QS 학문분야별 순위(공학·기술), THE 세계대학순위, THE 학문분야별 순위(공학), U.S. News 세계대학순위 또는 그 공학 순위 중 하나 이상에서 100위 이내."
		},
		options: [
			{
				id: "top100",
				label: {
					en: "World top 100",
					ko: "세계 100위 이내"
				},
				points: 10
			},
			{
				id: "top500",
				label: {
					en: "World top 500",
					ko: "세계 500위 이내"
				},
				points: 5
			},
			{
				id: "other",
				label: {
					en: "Other or not ranked",
					ko: "그 외 또는 순위 없음"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per ranking band are assumed.",
			ko: "순위 구간별 배점은 추정치입니다."
		},
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "experience",
		type: "number",
		unit: "years",
		category: "quantitative",
		max: 10,
		maximum: 60,
		label: {
			en: "Years of work in your field, research included",
			ko: "해당 분야 경력(연구 포함, 년)"
		},
		help: {
			en: "Full-time, in total. Half years count, e.g. 7.5.",
			ko: "전일제 경력을 모두 합한 기간입니다. 7.5처럼 반년 단위도 입력할 수 있습니다."
		},
		bands: [
			{
				atLeast: 1,
				points: 2
			},
			{
				atLeast: 3,
				points: 4
			},
			{
				atLeast: 5,
				points: 6
			},
			{
				atLeast: 8,
				points: 8
			},
			{
				atLeast: 10,
				points: 10
			}
		],
		assumption: {
			en: "Points per band are assumed.",
			ko: "구간별 배점은 추정치입니다."
		}
	},
	{
		id: "postdocResearch",
		type: "number",
		unit: "years",
		maximum: 60,
		when: {
			question: "degree",
			"in": [
				"doctorate"
			]
		},
		label: {
			en: "Years of research since your doctorate",
			ko: "박사학위 취득 후 연구 경력(년)"
		},
		help: {
			en: "In your field. Half years count, e.g. 4.5.",
			ko: "해당 분야 연구 기간입니다. 4.5처럼 반년 단위도 입력할 수 있습니다."
		},
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "employer",
		type: "choice",
		category: "quantitative",
		max: 10,
		label: {
			en: "Where you worked for at least 3 years",
			ko: "3년 이상 근무한 곳"
		},
		help: {
			en: "Choose the highest that applies.",
			ko: "해당하는 것 중 가장 높은 항목을 고르세요."
		},
		options: [
			{
				id: "global500",
				label: {
					en: "A world-class company",
					ko: "세계적 기업"
				},
				help: {
					en: "Listed in the last 3 years in the Forbes Global 2000 (top 500), TIME100 Most Influential Companies or Fortune Global 500.",
					ko: "최근 3년 이내 Forbes Global 2000(500위 이내), TIME100 Most Influential Companies, Fortune Global 500 중 하나에 선정된 기업."
				},
				points: 10
			},
			{
				id: "top-institute",
				label: {
					en: "A world-class research institute",
					ko: "세계적 연구기관"
				},
				help: {
					en: "A top-100 university's research institute, a world-class company's research lab, or a government-led research institute.",
					ko: "세계 100위 이내 대학의 연구소, 세계적 기업의 부설 연구소 또는 정부 주도 연구소."
				},
				points: 10
			},
			{
				id: "large",
				label: {
					en: "Another large or listed company",
					ko: "그 밖의 대기업·상장기업"
				},
				points: 6
			},
			{
				id: "other",
				label: {
					en: "Another employer",
					ko: "그 밖의 기관"
				},
				points: 3
			},
			{
				id: "none",
				label: {
					en: "No employer for 3 years or more",
					ko: "3년 이상 근무한 곳 없음"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per employer type are assumed.",
			ko: "근무처 유형별 배점은 추정치입니다."
		},
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "koreaExperience",
		type: "choice",
		label: {
			en: "Have you worked 1 year or more in an advanced industry at a company in Korea?",
			ko: "국내 기업의 첨단산업 분야에서 1년 이상 근무했나요?"
		},
		help: {
			en: "On a status from D-7 to E-7, or F-2.",
			ko: "주재(D-7)~특정활동(E-7) 또는 거주(F-2) 자격으로 근무한 경우입니다."
		},
		options: [
			{
				id: "yes",
				label: {
					en: "Yes",
					ko: "예"
				}
			},
			{
				id: "no",
				label: {
					en: "No",
					ko: "아니요"
				}
			}
		],
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "salary",
		type: "number",
		unit: "KRW",
		scale: "gni",
		category: "quantitative",
		max: 20,
		label: {
			en: "Annual salary offered in Korea (KRW)",
			ko: "한국에서 제안받은 연봉(원)"
		},
		help: {
			en: "Gross yearly salary in Korean won, as in your offer. Compared with Korea's GNI per capita.",
			ko: "제안받은 세전 연봉(원)입니다. 한국의 1인당 국민총소득과 비교합니다."
		},
		bands: [
			{
				atLeast: 1,
				points: 4
			},
			{
				atLeast: 1.5,
				points: 8
			},
			{
				atLeast: 2,
				points: 12
			},
			{
				atLeast: 3,
				points: 16
			},
			{
				atLeast: 4,
				points: 20
			}
		],
		assumption: {
			en: "Points are assumed, and so are the 1×, 1.5× and 2× bands; 3× and 4× follow the Top-tier guideline.",
			ko: "배점과 1배·1.5배·2배 구간은 추정치이며, 3배·4배 구간은 톱티어 지침을 따릅니다."
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		]
	},
	{
		id: "field",
		type: "choice",
		category: "qualitative",
		max: 10,
		label: {
			en: "Your field of technology",
			ko: "기술 분야"
		},
		help: {
			en: "The eight national advanced strategic industries score highest.",
			ko: "8대 국가첨단전략산업 분야가 가장 높은 점수를 받습니다."
		},
		options: [
			{
				id: "semiconductors",
				label: {
					en: "Semiconductors",
					ko: "반도체"
				},
				points: 10
			},
			{
				id: "secondary-batteries",
				label: {
					en: "Secondary batteries",
					ko: "이차전지"
				},
				points: 10
			},
			{
				id: "displays",
				label: {
					en: "Displays",
					ko: "디스플레이"
				},
				points: 10
			},
			{
				id: "biotech",
				label: {
					en: "Biotechnology",
					ko: "바이오"
				},
				points: 10
			},
			{
				id: "robotics",
				label: {
					en: "Robotics",
					ko: "로봇"
				},
				points: 10
			},
			{
				id: "defense",
				label: {
					en: "Defence",
					ko: "방산"
				},
				points: 10
			},
			{
				id: "ai",
				label: {
					en: "Artificial intelligence (AI)",
					ko: "인공지능(AI)"
				},
				points: 10
			},
			{
				id: "advanced-mobility",
				label: {
					en: "Advanced mobility",
					ko: "첨단 모빌리티"
				},
				help: {
					en: "Future cars, eco-friendly or autonomous ships, drones.",
					ko: "미래자동차, 친환경·자율운항 선박, 드론."
				},
				points: 10
			},
			{
				id: "other-strategic",
				label: {
					en: "Another national strategic technology",
					ko: "그 밖의 국가전략기술"
				},
				help: {
					en: "Quantum, hydrogen, next-generation nuclear, aerospace, cybersecurity, next-generation communications.",
					ko: "양자, 수소, 차세대 원자력, 우주항공, 사이버보안, 차세대 통신."
				},
				points: 7
			},
			{
				id: "other-tech",
				label: {
					en: "Another technology field",
					ko: "그 밖의 기술 분야"
				},
				points: 4
			},
			{
				id: "non-tech",
				label: {
					en: "Not a technology field",
					ko: "기술 분야 아님"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per field are assumed.",
			ko: "분야별 배점은 추정치입니다."
		},
		sources: [
			"top-tier-guideline",
			"strategic-tech"
		]
	},
	{
		id: "evidence",
		type: "choice",
		category: "qualitative",
		max: 10,
		label: {
			en: "Your strongest evidence of specific technical expertise",
			ko: "특정 기술 전문성을 보여 주는 가장 강력한 근거"
		},
		options: [
			{
				id: "leading",
				label: {
					en: "Leading",
					ko: "최상위"
				},
				help: {
					en: "Granted patents or top-venue papers in the field, or technical lead of a product used at scale.",
					ko: "해당 분야 등록 특허나 최상위 학회·학술지 논문, 또는 대규모로 쓰이는 제품의 기술 책임자."
				},
				points: 10
			},
			{
				id: "solid",
				label: {
					en: "Solid",
					ko: "우수"
				},
				help: {
					en: "Peer-reviewed papers, patent applications, or senior engineer of shipped products.",
					ko: "동료 심사 논문, 특허 출원, 또는 출시 제품의 선임 엔지니어."
				},
				points: 6
			},
			{
				id: "emerging",
				label: {
					en: "Emerging",
					ko: "성장 단계"
				},
				help: {
					en: "Some papers, open-source work or projects, not yet widely recognised.",
					ko: "일부 논문, 오픈소스 활동 또는 프로젝트(아직 널리 인정받지는 않음)."
				},
				points: 3
			},
			{
				id: "none",
				label: {
					en: "None yet",
					ko: "아직 없음"
				},
				points: 0
			}
		],
		assumption: {
			en: "Levels and points are assumed.",
			ko: "수준과 배점은 추정치입니다."
		}
	},
	{
		id: "researchDistinction",
		type: "choice",
		label: {
			en: "Your strongest research distinction",
			ko: "대표 연구 실적"
		},
		help: {
			en: "For the science and technology route.",
			ko: "과학기술 분야 경로에 쓰입니다."
		},
		options: [
			{
				id: "pi",
				label: {
					en: "Principal investigator or senior researcher, 5+ years",
					ko: "연구책임자·책임급 5년 이상"
				},
				help: {
					en: "PI or assistant professor or higher at a top-100 university's institute, or senior (책임급) researcher at a global top-500 company's lab or a public research institute.",
					ko: "세계 100위 이내 대학 연구소의 PI 또는 조교수 이상, 글로벌 500대 기업 부설연구소나 국·공립 연구소의 책임급 이상."
				}
			},
			{
				id: "patents",
				label: {
					en: "Key patents or technology fees",
					ko: "핵심 특허·기술료"
				},
				help: {
					en: "Triadic or international-standard patents, or KRW 1 billion+ in technology fees in the last 3 years.",
					ko: "3극 특허·국제표준특허 보유 또는 최근 3년 기술료 수입 10억 원 이상."
				}
			},
			{
				id: "citations",
				label: {
					en: "Highly cited or landmark papers",
					ko: "고피인용·대표 논문"
				},
				help: {
					en: "A Highly Cited Researcher, or lead author of a paper Science, Nature or a similar journal named a top result of the year.",
					ko: "HCR 등재자 또는 Science·Nature 등이 올해의 최고 연구로 선정한 논문의 대표 저자."
				}
			},
			{
				id: "prize",
				label: {
					en: "A major international prize",
					ko: "권위 있는 국제 학술상"
				},
				help: {
					en: "Such as a Nobel Prize or Fields Medal, or a laureate's recommendation.",
					ko: "노벨상·필즈상 등 수상 또는 수상자의 추천."
				}
			},
			{
				id: "none",
				label: {
					en: "None of these",
					ko: "해당 없음"
				}
			}
		],
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "role",
		type: "choice",
		category: "qualitative",
		max: 15,
		label: {
			en: "Strategic value of the offered role to the hiring firm",
			ko: "제안받은 직무가 채용 기업에 갖는 전략적 가치"
		},
		options: [
			{
				id: "core-lead",
				label: {
					en: "You lead a capability the firm lacks",
					ko: "기업에 없는 핵심 역량을 이끄는 역할"
				},
				points: 15
			},
			{
				id: "core-rnd",
				label: {
					en: "Core research and development",
					ko: "핵심 연구개발"
				},
				points: 10
			},
			{
				id: "support",
				label: {
					en: "A supporting technical role",
					ko: "기술 지원 직무"
				},
				points: 5
			},
			{
				id: "no-offer",
				label: {
					en: "No job offer yet",
					ko: "아직 채용 제안 없음"
				},
				points: 0
			}
		],
		assumption: {
			en: "Levels and points are assumed.",
			ko: "수준과 배점은 추정치입니다."
		}
	},
	{
		id: "employerSize",
		type: "choice",
		category: "bonus",
		max: 10,
		label: {
			en: "Size of the hiring firm",
			ko: "채용 기업의 규모"
		},
		help: {
			en: "An SME under Korea's Framework Act on SMEs earns a 10-point bonus.",
			ko: "중소기업기본법상 중소기업이면 10점 가점을 받습니다."
		},
		options: [
			{
				id: "sme",
				label: {
					en: "Small or medium-sized enterprise (SME)",
					ko: "중소기업"
				},
				points: 10
			},
			{
				id: "large",
				label: {
					en: "Large company or other",
					ko: "대기업 또는 기타"
				},
				points: 0
			}
		],
		sources: [
			"announcement-2026-07"
		],
		hostAttribute: "employer-size"
	},
	{
		id: "governmentProgramme",
		type: "choice",
		label: {
			en: "Are you recruited through a government programme?",
			ko: "정부 사업을 통해 초빙되었나요?"
		},
		help: {
			en: "Scholars recruited through these programmes qualify automatically.",
			ko: "이 사업으로 초빙된 연구자는 자동으로 자격을 얻습니다."
		},
		options: [
			{
				id: "mohw",
				label: {
					en: "Yes, a Ministry of Health and Welfare programme",
					ko: "예, 보건복지부 사업"
				}
			},
			{
				id: "kasa",
				label: {
					en: "Yes, a Korea AeroSpace Administration programme",
					ko: "예, 우주항공청 사업"
				}
			},
			{
				id: "none",
				label: {
					en: "No",
					ko: "아니요"
				}
			}
		],
		sources: [
			"announcement-2026-07"
		]
	}
];
const pathways = [
	{
		id: "topTierStandard",
		label: {
			en: "Top-tier: degree, career, 3× GNI",
			ko: "톱티어: 학위·경력·GNI 3배"
		},
		description: {
			en: "A top master's or doctorate, a top career, 3× GNI per capita and an offer in an advanced industry.",
			ko: "최우수 학위·경력, 1인당 GNI 3배 이상 연봉, 첨단산업 분야 채용 제안이 모두 필요합니다."
		},
		status: {
			en: "Top-tier residence (F-2-T)",
			ko: "톱티어 거주(F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, advanced industries, route 가",
			ko: "톱티어 지침 첨단산업 분야 가목"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부; until October 2025 the Ministry of Trade, Industry and Energy).",
					ko: "채용 기업이 KOTRA 해외인재유치센터에 K-테크 패스와 산업통상부 장관 추천을 신청합니다."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal.",
					ko: "추천을 받으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		when: {
			all: [
				{
					question: "degree",
					"in": [
						"masters",
						"doctorate"
					]
				},
				{
					question: "institution",
					"in": [
						"top100"
					]
				},
				{
					any: [
						{
							all: [
								{
									question: "experience",
									atLeast: 8
								},
								{
									question: "employer",
									"in": [
										"global500"
									]
								}
							]
						},
						{
							all: [
								{
									question: "degree",
									"in": [
										"doctorate"
									]
								},
								{
									question: "postdocResearch",
									atLeast: 5
								},
								{
									question: "employer",
									"in": [
										"top-institute"
									]
								}
							]
						}
					]
				},
				{
					question: "salary",
					atLeast: 3,
					times: "gni"
				},
				{
					question: "role",
					"in": [
						"core-lead",
						"core-rnd",
						"support"
					]
				},
				{
					question: "field",
					"in": [
						"semiconductors",
						"secondary-batteries",
						"displays",
						"biotech",
						"robotics",
						"defense",
						"ai",
						"advanced-mobility"
					]
				}
			]
		}
	},
	{
		id: "topTierHighIncome",
		label: {
			en: "Top-tier: 4× GNI",
			ko: "톱티어: GNI 4배"
		},
		description: {
			en: "4× GNI per capita with a top degree or a top career, and an offer in an advanced industry.",
			ko: "1인당 GNI 4배 이상 연봉과 최우수 학위 또는 경력, 첨단산업 분야 채용 제안이 필요합니다."
		},
		status: {
			en: "Top-tier residence (F-2-T)",
			ko: "톱티어 거주(F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, advanced industries, route 나",
			ko: "톱티어 지침 첨단산업 분야 나목"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부; until October 2025 the Ministry of Trade, Industry and Energy).",
					ko: "채용 기업이 KOTRA 해외인재유치센터에 K-테크 패스와 산업통상부 장관 추천을 신청합니다."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal.",
					ko: "추천을 받으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		when: {
			all: [
				{
					any: [
						{
							all: [
								{
									question: "degree",
									"in": [
										"masters",
										"doctorate"
									]
								},
								{
									question: "institution",
									"in": [
										"top100"
									]
								}
							]
						},
						{
							all: [
								{
									question: "experience",
									atLeast: 8
								},
								{
									question: "employer",
									"in": [
										"global500"
									]
								}
							]
						},
						{
							all: [
								{
									question: "degree",
									"in": [
										"doctorate"
									]
								},
								{
									question: "postdocResearch",
									atLeast: 5
								},
								{
									question: "employer",
									"in": [
										"top-institute"
									]
								}
							]
						}
					]
				},
				{
					question: "salary",
					atLeast: 4,
					times: "gni"
				},
				{
					question: "role",
					"in": [
						"core-lead",
						"core-rnd",
						"support"
					]
				},
				{
					question: "field",
					"in": [
						"semiconductors",
						"secondary-batteries",
						"displays",
						"biotech",
						"robotics",
						"defense",
						"ai",
						"advanced-mobility"
					]
				}
			]
		}
	},
	{
		id: "topTierKoreaExperience",
		label: {
			en: "Top-tier: work in Korea, 2× GNI",
			ko: "톱티어: 국내 경력·GNI 2배"
		},
		description: {
			en: "A top degree and career, a year of advanced-industry work in Korea, 2× GNI per capita and an offer in an advanced industry.",
			ko: "최우수 학위·경력, 국내 첨단산업 분야 1년 이상 근무, 1인당 GNI 2배 이상 연봉, 첨단산업 분야 채용 제안이 필요합니다."
		},
		status: {
			en: "Top-tier residence (F-2-T)",
			ko: "톱티어 거주(F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, advanced industries, route 다",
			ko: "톱티어 지침 첨단산업 분야 다목"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부; until October 2025 the Ministry of Trade, Industry and Energy).",
					ko: "채용 기업이 KOTRA 해외인재유치센터에 K-테크 패스와 산업통상부 장관 추천을 신청합니다."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal.",
					ko: "추천을 받으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		when: {
			all: [
				{
					question: "degree",
					"in": [
						"masters",
						"doctorate"
					]
				},
				{
					question: "institution",
					"in": [
						"top100"
					]
				},
				{
					any: [
						{
							all: [
								{
									question: "experience",
									atLeast: 8
								},
								{
									question: "employer",
									"in": [
										"global500"
									]
								}
							]
						},
						{
							all: [
								{
									question: "degree",
									"in": [
										"doctorate"
									]
								},
								{
									question: "postdocResearch",
									atLeast: 5
								},
								{
									question: "employer",
									"in": [
										"top-institute"
									]
								}
							]
						}
					]
				},
				{
					question: "koreaExperience",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 2,
					times: "gni"
				},
				{
					question: "role",
					"in": [
						"core-lead",
						"core-rnd",
						"support"
					]
				},
				{
					question: "field",
					"in": [
						"semiconductors",
						"secondary-batteries",
						"displays",
						"biotech",
						"robotics",
						"defense",
						"ai",
						"advanced-mobility"
					]
				}
			]
		}
	},
	{
		id: "qualitative",
		label: {
			en: "K-Tech Pass qualitative track (since July 2026)",
			ko: "K-테크 패스 정성평가 트랙(2026년 7월부터)"
		},
		description: {
			en: "A job offer, and points (with any SME bonus) at the pass mark or above.",
			ko: "채용 제안이 있고 점수(중소기업 가점 포함)가 합격 기준 이상이어야 합니다."
		},
		status: {
			en: "K-Tech Pass, then Top-tier residence (F-2-T)",
			ko: "K-테크 패스 발급 후 톱티어 거주(F-2-T)"
		},
		basis: {
			en: "K-Tech Pass qualitative track (July 2026); F-2-T by route 라 of the Top-tier guideline",
			ko: "K-테크 패스 정성평가 트랙(2026년 7월), 톱티어 지침 첨단산업 분야 라목"
		},
		sources: [
			"announcement-2026-07",
			"top-tier-guideline"
		],
		assumption: {
			en: "Its item points and pass mark are assumed.",
			ko: "항목별 배점과 합격 기준 점수는 추정치입니다."
		},
		next: [
			{
				text: {
					en: "Your employer applies for the K-Tech Pass online at KOTRA's Global Talent Center.",
					ko: "채용 기업이 KOTRA 해외인재유치센터에서 K-테크 패스를 온라인으로 신청합니다."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "Then apply for the F-2-T e-visa on the Korea Visa Portal, with the industry ministry's recommendation (route 라).",
					ko: "K-테크 패스 발급 후 산업통상부 장관 추천(라목)을 받아 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		when: {
			all: [
				{
					score: "total",
					atLeast: "passMark"
				},
				{
					question: "role",
					"in": [
						"core-lead",
						"core-rnd",
						"support"
					]
				}
			]
		}
	},
	{
		id: "scienceTrack",
		label: {
			en: "Top-tier in science and technology",
			ko: "톱티어 과학기술 분야"
		},
		description: {
			en: "A research distinction and an offer in a technology field.",
			ko: "연구 실적 요건과 기술 분야 채용 제안이 필요합니다."
		},
		status: {
			en: "Top-tier residence (F-2-T)",
			ko: "톱티어 거주(F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, science and technology, route 가",
			ko: "톱티어 지침 과학기술 분야 가목"
		},
		sources: [
			"top-tier-guideline"
		],
		next: [
			{
				text: {
					en: "Your host institution asks the Ministry of Science and ICT for a recommendation.",
					ko: "초빙 기관이 과학기술정보통신부에 추천을 요청합니다."
				},
				url: "https://www.msit.go.kr"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal.",
					ko: "추천을 받으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		when: {
			all: [
				{
					question: "researchDistinction",
					"in": [
						"pi",
						"patents",
						"citations",
						"prize"
					]
				},
				{
					question: "role",
					"in": [
						"core-lead",
						"core-rnd",
						"support"
					]
				},
				{
					question: "field",
					"in": [
						"semiconductors",
						"secondary-batteries",
						"displays",
						"biotech",
						"robotics",
						"defense",
						"ai",
						"advanced-mobility",
						"other-strategic",
						"other-tech"
					]
				}
			]
		}
	},
	{
		id: "governmentScholar",
		label: {
			en: "Government-programme scholar",
			ko: "정부 사업 초빙 연구자"
		},
		description: {
			en: "Scholars recruited through Ministry of Health and Welfare or Korea AeroSpace Administration programmes qualify automatically.",
			ko: "보건복지부 또는 우주항공청 사업으로 초빙된 연구자는 자동으로 자격을 얻습니다."
		},
		status: {
			en: "K-Tech Pass, then Top-tier residence (F-2-T)",
			ko: "K-테크 패스 발급 후 톱티어 거주(F-2-T)"
		},
		basis: {
			en: "K-Tech Pass announcement of July 2026",
			ko: "K-테크 패스 발표(2026년 7월)"
		},
		sources: [
			"announcement-2026-07"
		],
		next: [
			{
				text: {
					en: "Your host institution applies for the K-Tech Pass at KOTRA's Global Talent Center.",
					ko: "초빙 기관이 KOTRA 해외인재유치센터에서 K-테크 패스를 신청합니다."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "Then apply for the F-2-T e-visa on the Korea Visa Portal, with the industry ministry's recommendation (route 라).",
					ko: "K-테크 패스 발급 후 산업통상부 장관 추천(라목)을 받아 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		when: {
			question: "governmentProgramme",
			"in": [
				"mohw",
				"kasa"
			]
		}
	},
	{
		id: "promisingTopTier",
		label: {
			en: "Promising Top-tier (E-7-T)",
			ko: "유망 톱티어(E-7-T)"
		},
		description: {
			en: "A top degree and career, 2× GNI per capita and an offer in an advanced industry.",
			ko: "최우수 학위·경력, 1인당 GNI 2배 이상 연봉, 첨단산업 분야 채용 제안이 필요합니다."
		},
		status: {
			en: "Promising Top-tier work visa (E-7-T)",
			ko: "유망 톱티어 특정활동(E-7-T)"
		},
		basis: {
			en: "Top-tier guideline, Promising Top-tier (E-7-T)",
			ko: "톱티어 지침 유망톱티어(E-7-T)"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer asks KOTRA's Global Talent Center for the industry ministry's recommendation.",
					ko: "채용 기업이 KOTRA 해외인재유치센터에 산업통상부 장관 추천을 신청합니다."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the E-7-T e-visa on the Korea Visa Portal.",
					ko: "추천을 받으면 대한민국 비자포털에서 E-7-T 전자사증을 신청합니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		alternative: true,
		when: {
			all: [
				{
					question: "degree",
					"in": [
						"masters",
						"doctorate"
					]
				},
				{
					question: "institution",
					"in": [
						"top100"
					]
				},
				{
					any: [
						{
							all: [
								{
									question: "experience",
									atLeast: 8
								},
								{
									question: "employer",
									"in": [
										"global500"
									]
								}
							]
						},
						{
							all: [
								{
									question: "degree",
									"in": [
										"doctorate"
									]
								},
								{
									question: "postdocResearch",
									atLeast: 5
								},
								{
									question: "employer",
									"in": [
										"top-institute"
									]
								}
							]
						}
					]
				},
				{
					question: "salary",
					atLeast: 2,
					times: "gni"
				},
				{
					question: "role",
					"in": [
						"core-lead",
						"core-rnd",
						"support"
					]
				},
				{
					question: "field",
					"in": [
						"semiconductors",
						"secondary-batteries",
						"displays",
						"biotech",
						"robotics",
						"defense",
						"ai",
						"advanced-mobility"
					]
				}
			]
		}
	},
	{
		id: "preliminaryTopTier",
		label: {
			en: "Preliminary Top-tier (D-10-T)",
			ko: "예비 톱티어(D-10-T)"
		},
		description: {
			en: "A top master's or doctorate; no offer needed. A 6-month visa to look for work.",
			ko: "최우수 대학 석사 이상 학위만 있으면 되며 채용 제안은 필요 없습니다. 6개월 구직 사증입니다."
		},
		status: {
			en: "Preliminary Top-tier job-seeking visa (D-10-T)",
			ko: "예비 톱티어 구직(D-10-T)"
		},
		basis: {
			en: "Top-tier guideline, Preliminary Top-tier (D-10-T)",
			ko: "톱티어 지침 예비톱티어(D-10-T)"
		},
		sources: [
			"top-tier-guideline"
		],
		next: [
			{
				text: {
					en: "Apply for the D-10-T visa at a Korean embassy or consulate, as the Korea Visa Portal explains; no recommendation is needed.",
					ko: "대한민국 비자포털 안내에 따라 재외공관에서 D-10-T 사증을 신청합니다. 부처 추천은 필요 없습니다."
				},
				url: "https://www.visa.go.kr"
			}
		],
		alternative: true,
		when: {
			all: [
				{
					question: "degree",
					"in": [
						"masters",
						"doctorate"
					]
				},
				{
					question: "institution",
					"in": [
						"top100"
					]
				}
			]
		}
	}
];
const benefits = [
	{
		en: "Online e-visa in about two weeks, with no consulate visit",
		ko: "재외공관 방문 없이 약 2주 만에 온라인 전자사증 발급"
	},
	{
		en: "Your spouse may work freely",
		ko: "배우자의 자유로운 취업"
	},
	{
		en: "Permanent residence (F-5-T) after 3 years on F-2-T, still earning 3× GNI, with level 3 of the social integration programme or TOPIK 3",
		ko: "F-2-T 3년 체류 후 영주(F-5-T) 전환(1인당 GNI 3배 이상 소득, 사회통합프로그램 3단계 이수 또는 TOPIK 3급 이상)"
	},
	{
		en: "Your parents and a domestic helper may be invited",
		ko: "부모·가사보조인 초청"
	},
	{
		en: "Immigration priority card: fast lanes at the airport",
		ko: "출입국 우대카드(공항 우대 심사대 이용)"
	},
	{
		en: "50% reduction of earned-income tax for 10 years",
		ko: "10년간 근로소득세 50% 감면"
	},
	{
		en: "Children admitted to foreign schools outside the quota",
		ko: "자녀의 외국인학교 정원 외 입학"
	},
	{
		en: "Jeonse loan limits as for Koreans",
		ko: "전세대출 한도를 내국인 수준으로 확대"
	},
	{
		en: "Concierge service: airport pick-up, alien registration, phone and bank",
		ko: "행정 컨시어지(공항 입국 지원, 외국인등록, 통신·금융 개설)"
	},
	{
		en: "No Korean-language (TOPIK) requirement for F-2-T: dropped in July 2026",
		ko: "F-2-T 한국어능력(TOPIK) 요건 폐지(2026년 7월)"
	}
];
const benefitSources = [
	"ktech-pass-overview",
	"top-tier-guideline",
	"announcement-2026-07"
];
const assumptions = [
	{
		en: "Item points and the pass mark are not public: ours are assumptions matching the published 65 + 35 points and 10-point SME bonus.",
		ko: "항목별 배점과 합격 기준 점수는 공개되지 않아, 공표된 정량 65점·정성 35점과 중소기업 가점 10점에 맞춰 추정했습니다."
	},
	{
		en: "Every route also needs a ministry's checks and recommendation, which no estimate can foresee.",
		ko: "모든 경로에는 소관 부처의 검증과 추천이 필요하며, 이는 미리 알 수 없습니다."
	}
];
const disclaimer = {
	en: "This is an estimate, not a decision. KOTRA issues the K-Tech Pass and the Ministry of Justice decides the visa.",
	ko: "이 결과는 추정치이며 결정이 아닙니다. K-테크 패스는 KOTRA가 발급하고, 비자는 법무부가 결정합니다."
};
var json = {
	$schema: $schema,
	id: id,
	version: version,
	effectiveDate: effectiveDate,
	reviewDate: reviewDate,
	languages: languages,
	title: title,
	sources: sources,
	parameters: parameters,
	total: total,
	passMark: passMark,
	categories: categories,
	steps: steps,
	questions: questions,
	pathways: pathways,
	benefits: benefits,
	benefitSources: benefitSources,
	assumptions: assumptions,
	disclaimer: disclaimer
};

export { $schema, assumptions, benefitSources, benefits, categories, json as default, disclaimer, effectiveDate, id, languages, parameters, passMark, pathways, questions, reviewDate, sources, steps, title, total, version };
