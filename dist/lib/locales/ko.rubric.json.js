const rubric = "ktech-pass-2026-09";
const language = "ko";
const texts = {
	title: "K‑테크 패스 및 톱티어(F‑2‑T) 비자 자가 진단",
	sources: {
		"top-tier-guideline": {
			title: "「첨단산업 및 과학기술 분야 최우수인재 톱티어(Top-Tier) 사증발급 및 체류관리 지침」(2026. 6. 25. 시행), 「체류민원 자격별 안내 매뉴얼」(2026.9.) 수록",
			publisher: "법무부(하이코리아)"
		},
		"ktech-pass-overview": {
			title: "산업부 K-Tech Pass 사업 개요, 같은 매뉴얼 수록",
			publisher: "법무부(하이코리아)"
		},
		"gni-standard": {
			title: "사증 심사 기준 1인당 국민총소득 52,416,000원(2026. 4. 1.~2027. 3. 31.)",
			publisher: "법무부(하이코리아 공지사항)"
		},
		"bok-gni-2025": {
			title: "2025년 1인당 국민총소득(잠정): 52,416,000원",
			publisher: "한국은행"
		},
		"announcement-2026-07": {
			title: "K‑테크 패스 정성평가 트랙(정량 65점·정성 35점, 중소기업 가점, 정부 사업 초빙 연구자), F‑2‑T 한국어능력 요건 폐지",
			publisher: "산업통상부·법무부(언론 보도)"
		},
		"kotra-gtc": {
			title: "KOTRA 해외인재유치센터: K‑테크 패스 신청",
			publisher: "대한무역투자진흥공사(KOTRA)"
		},
		"strategic-tech": {
			title: "12대 국가전략기술",
			publisher: "과학기술정보통신부"
		}
	},
	parameters: {
		gni: {
			label: "1인당 국민총소득",
			note: "한국은행 잠정치이며, 기준은 매년 4월 1일 바뀝니다."
		}
	},
	passMark: {
		assumption: "정성평가 트랙의 합격 기준 점수는 공개되지 않았습니다. 100점 중 60점은 추정치입니다."
	},
	categories: {
		quantitative: {
			label: "정량 평가"
		},
		qualitative: {
			label: "정성 평가"
		},
		bonus: {
			label: "중소기업 가점"
		}
	},
	steps: {
		career: {
			label: "학력 및 경력"
		},
		expertise: {
			label: "전문성 및 직무"
		},
		employer: {
			label: "고용 기업 및 정부 사업"
		}
	},
	questions: {
		degree: {
			label: "최종 학위",
			options: {
				doctorate: {
					label: "박사"
				},
				masters: {
					label: "석사"
				},
				bachelors: {
					label: "학사"
				},
				none: {
					label: "대학 학위 없음"
				}
			},
			assumption: "학위별 배점은 추정치입니다."
		},
		institution: {
			label: "해당 학위를 수여한 대학의 순위",
			help: "100위 이내: 최근 5년 내 QS 세계대학순위, QS 학문분야별 순위(공학·기술), THE 세계대학순위, THE 학문분야별 순위(공학), U.S. News 세계대학순위 또는 그 공학 순위 중 하나 이상에서 100위 이내.",
			options: {
				top100: {
					label: "세계 100위 이내"
				},
				top500: {
					label: "세계 500위 이내"
				},
				other: {
					label: "그 외 또는 순위 없음"
				}
			},
			assumption: "순위 구간별 배점은 추정치입니다."
		},
		experience: {
			label: "해당 분야 경력(연구 포함, 년)",
			help: "전일제 경력을 모두 합한 기간입니다. 7.5처럼 반년 단위도 입력할 수 있습니다.",
			assumption: "구간별 배점은 추정치입니다."
		},
		postdocResearch: {
			label: "박사학위 취득 후 연구 경력(년)",
			help: "해당 분야 연구 기간입니다. 4.5처럼 반년 단위도 입력할 수 있습니다."
		},
		employer: {
			label: "3년 이상 근무한 곳",
			help: "해당하는 것 중 가장 높은 항목을 고르세요.",
			options: {
				global500: {
					label: "세계적 기업",
					help: "최근 3년 이내 Forbes Global 2000(500위 이내), TIME100 Most Influential Companies, Fortune Global 500 중 하나에 선정된 기업."
				},
				"top-institute": {
					label: "세계적 연구기관",
					help: "세계 100위 이내 대학의 연구소, 세계적 기업의 부설 연구소 또는 정부 주도 연구소."
				},
				large: {
					label: "그 밖의 대기업·상장기업"
				},
				other: {
					label: "그 밖의 기관"
				},
				none: {
					label: "3년 이상 근무한 곳 없음"
				}
			},
			assumption: "근무처 유형별 배점은 추정치입니다."
		},
		koreaExperience: {
			label: "국내 기업의 첨단산업 분야에서 1년 이상 근무했나요?",
			help: "주재(D‑7)~특정활동(E‑7) 또는 거주(F‑2) 자격으로 근무한 경우입니다.",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		salary: {
			label: "한국에서 제안받은 연봉(원)",
			help: "제안받은 세전 연봉(원)입니다. 한국의 1인당 국민총소득과 비교합니다.",
			assumption: "배점과 1배·1.5배·2배 구간은 추정치이며, 3배·4배 구간은 톱티어 지침을 따릅니다."
		},
		field: {
			label: "기술 분야",
			help: "8대 국가첨단전략산업 분야가 가장 높은 점수를 받습니다.",
			options: {
				semiconductors: {
					label: "반도체"
				},
				"secondary-batteries": {
					label: "이차전지"
				},
				displays: {
					label: "디스플레이"
				},
				biotech: {
					label: "바이오"
				},
				robotics: {
					label: "로봇"
				},
				defense: {
					label: "방산"
				},
				ai: {
					label: "인공지능(AI)"
				},
				"advanced-mobility": {
					label: "첨단 모빌리티",
					help: "미래자동차, 친환경·자율운항 선박, 드론."
				},
				"other-strategic": {
					label: "그 밖의 국가전략기술",
					help: "양자, 수소, 차세대 원자력, 우주항공, 사이버보안, 차세대 통신."
				},
				"other-tech": {
					label: "그 밖의 기술 분야"
				},
				"non-tech": {
					label: "기술 분야 아님"
				}
			},
			assumption: "분야별 배점은 추정치입니다."
		},
		evidence: {
			label: "특정 기술 전문성을 보여 주는 가장 강력한 근거",
			options: {
				leading: {
					label: "최상위",
					help: "해당 분야 등록 특허나 최상위 학회·학술지 논문, 또는 대규모로 쓰이는 제품의 기술 책임자."
				},
				solid: {
					label: "우수",
					help: "동료 심사 논문, 특허 출원, 또는 출시 제품의 선임 엔지니어."
				},
				emerging: {
					label: "성장 단계",
					help: "일부 논문, 오픈소스 활동 또는 프로젝트(아직 널리 인정받지는 않음)."
				},
				none: {
					label: "아직 없음"
				}
			},
			assumption: "수준과 배점은 추정치입니다."
		},
		researchDistinction: {
			label: "대표 연구 실적",
			help: "과학기술 분야 경로에 쓰입니다.",
			options: {
				pi: {
					label: "연구책임자·책임급 5년 이상",
					help: "세계 100위 이내 대학 연구소의 PI 또는 조교수 이상, 글로벌 500대 기업 부설연구소나 국·공립 연구소의 책임급 이상."
				},
				patents: {
					label: "핵심 특허·기술료",
					help: "3극 특허·국제표준특허 보유 또는 최근 3년 기술료 수입 1,000,000,000원 이상."
				},
				citations: {
					label: "고피인용·대표 논문",
					help: "HCR 등재자 또는 Science·Nature 등이 올해의 최고 연구로 선정한 논문의 대표 저자."
				},
				prize: {
					label: "권위 있는 국제 학술상",
					help: "노벨상·필즈상 등 수상 또는 수상자의 추천."
				},
				none: {
					label: "해당 없음"
				}
			}
		},
		role: {
			label: "제안받은 직무가 채용 기업에 갖는 전략적 가치",
			options: {
				"core-lead": {
					label: "기업에 없는 핵심 역량을 이끄는 역할"
				},
				"core-rnd": {
					label: "핵심 연구개발"
				},
				support: {
					label: "기술 지원 직무"
				},
				"no-offer": {
					label: "아직 채용 제안 없음"
				}
			},
			assumption: "수준과 배점은 추정치입니다."
		},
		employerSize: {
			label: "채용 기업의 규모",
			help: "중소기업기본법상 중소기업이면 10점 가점을 받습니다.",
			options: {
				sme: {
					label: "중소기업"
				},
				large: {
					label: "대기업 또는 기타"
				}
			}
		},
		governmentProgramme: {
			label: "정부 사업을 통해 초빙되었나요?",
			help: "이 사업으로 초빙된 연구자는 자동으로 자격을 얻습니다.",
			options: {
				mohw: {
					label: "예, 보건복지부 사업"
				},
				kasa: {
					label: "예, 우주항공청 사업"
				},
				none: {
					label: "아니요"
				}
			}
		}
	},
	pathways: {
		topTierStandard: {
			label: "톱티어: 학위·경력·GNI 3배",
			description: "최우수 학위·경력, 1인당 국민총소득(GNI)의 3배 이상 연봉, 첨단산업 분야 채용 제안이 모두 필요합니다.",
			status: "톱티어 거주(F‑2‑T)",
			basis: "톱티어 지침 첨단산업 분야 가목",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 K‑테크 패스와 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "추천을 받으면 대한민국 비자포털에서 F‑2‑T 전자사증을 신청합니다."
				}
			]
		},
		topTierHighIncome: {
			label: "톱티어: GNI 4배",
			description: "1인당 국민총소득(GNI)의 4배 이상 연봉과 최우수 학위 또는 경력, 첨단산업 분야 채용 제안이 필요합니다.",
			status: "톱티어 거주(F‑2‑T)",
			basis: "톱티어 지침 첨단산업 분야 나목",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 K‑테크 패스와 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "추천을 받으면 대한민국 비자포털에서 F‑2‑T 전자사증을 신청합니다."
				}
			]
		},
		topTierKoreaExperience: {
			label: "톱티어: 국내 경력·GNI 2배",
			description: "최우수 학위·경력, 국내 첨단산업 분야 1년 이상 근무, 1인당 국민총소득(GNI)의 2배 이상 연봉, 첨단산업 분야 채용 제안이 필요합니다.",
			status: "톱티어 거주(F‑2‑T)",
			basis: "톱티어 지침 첨단산업 분야 다목",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 K‑테크 패스와 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "추천을 받으면 대한민국 비자포털에서 F‑2‑T 전자사증을 신청합니다."
				}
			]
		},
		qualitative: {
			label: "K‑테크 패스 정성평가 트랙(2026년 7월부터)",
			description: "채용 제안이 있고 점수(중소기업 가점 포함)가 합격 기준 이상이어야 합니다.",
			status: "K‑테크 패스 발급 후 톱티어 거주(F‑2‑T)",
			basis: "K‑테크 패스 정성평가 트랙(2026년 7월), 톱티어 지침 첨단산업 분야 라목",
			assumption: "항목별 배점과 합격 기준 점수는 추정치입니다.",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에서 K‑테크 패스를 온라인으로 신청합니다."
				},
				{
					text: "K‑테크 패스 발급 후 산업통상부 장관 추천(라목)을 받아 대한민국 비자포털에서 F‑2‑T 전자사증을 신청합니다."
				}
			]
		},
		scienceTrack: {
			label: "톱티어 과학기술 분야",
			description: "연구 실적 요건과 기술 분야 채용 제안이 필요합니다.",
			status: "톱티어 거주(F‑2‑T)",
			basis: "톱티어 지침 과학기술 분야 가목",
			next: [
				{
					text: "초빙 기관이 과학기술정보통신부에 추천을 요청합니다."
				},
				{
					text: "추천을 받으면 대한민국 비자포털에서 F‑2‑T 전자사증을 신청합니다."
				}
			]
		},
		governmentScholar: {
			label: "정부 사업 초빙 연구자",
			description: "보건복지부 또는 우주항공청 사업으로 초빙된 연구자는 자동으로 자격을 얻습니다.",
			status: "K‑테크 패스 발급 후 톱티어 거주(F‑2‑T)",
			basis: "K‑테크 패스 발표(2026년 7월)",
			next: [
				{
					text: "초빙 기관이 KOTRA 해외인재유치센터에서 K‑테크 패스를 신청합니다."
				},
				{
					text: "K‑테크 패스 발급 후 산업통상부 장관 추천(라목)을 받아 대한민국 비자포털에서 F‑2‑T 전자사증을 신청합니다."
				}
			]
		},
		promisingTopTier: {
			label: "유망 톱티어(E‑7‑T)",
			description: "최우수 학위·경력, 1인당 국민총소득(GNI)의 2배 이상 연봉, 첨단산업 분야 채용 제안이 필요합니다.",
			status: "유망 톱티어 특정활동(E‑7‑T)",
			basis: "톱티어 지침 유망톱티어(E‑7‑T)",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "추천을 받으면 대한민국 비자포털에서 E‑7‑T 전자사증을 신청합니다."
				}
			]
		},
		preliminaryTopTier: {
			label: "예비 톱티어(D‑10‑T)",
			description: "최우수 대학 석사 이상 학위만 있으면 되며 채용 제안은 필요 없습니다. 6개월 구직 사증입니다.",
			status: "예비 톱티어 구직(D‑10‑T)",
			basis: "톱티어 지침 예비톱티어(D‑10‑T)",
			next: [
				{
					text: "대한민국 비자포털 안내에 따라 재외공관에서 D‑10‑T 사증을 신청합니다. 부처 추천은 필요 없습니다."
				}
			]
		}
	},
	benefits: [
		"재외공관 방문 없이 약 2주 만에 온라인 전자사증 발급",
		"배우자의 자유로운 취업",
		"F‑2‑T 3년 체류 후 영주(F‑5‑T) 전환(1인당 국민총소득의 3배 이상 소득, 사회통합프로그램 3단계 이수 또는 TOPIK 3급 이상)",
		"부모·가사보조인 초청",
		"출입국 우대카드(공항 우대 심사대 이용)",
		"10년간 근로소득세 50% 감면",
		"자녀의 외국인학교 정원 외 입학",
		"전세대출 한도를 내국인 수준으로 확대",
		"행정 컨시어지(공항 입국 지원, 외국인등록, 통신·금융 개설)",
		"F‑2‑T 한국어능력(TOPIK) 요건 폐지(2026년 7월)"
	],
	assumptions: [
		"항목별 배점과 합격 기준 점수는 공개되지 않아, 공표된 정량 65점·정성 35점과 중소기업 가점 10점에 맞춰 추정했습니다.",
		"모든 경로에는 소관 부처의 검증과 추천이 필요하며, 이는 미리 알 수 없습니다."
	],
	disclaimer: "이 결과는 추정치이며 결정이 아닙니다. K‑테크 패스는 KOTRA가 발급하고, 비자는 법무부가 결정합니다."
};
var texts$1 = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { texts$1 as default, language, rubric, texts };
