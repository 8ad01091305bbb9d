const rubric = "f-2-7-2026";
const language = "ko";
const texts = {
	title: "점수제 우수인재 거주(F-2-7)",
	sources: {
		"stay-manual": {
			title: "외국인체류 안내매뉴얼(체류자격별), 2026. 9. 판(최종 개정 2026. 9. 18.)",
			publisher: "법무부 출입국·외국인정책본부(하이코리아)"
		},
		"gni-standard": {
			title: "사증 심사 기준 1인당 국민총소득: 52,416,000원(2026. 4. 1.~2027. 3. 31.)",
			publisher: "법무부(하이코리아 공지사항)"
		},
		hikorea: {
			title: "하이코리아: 전자민원 및 출입국·외국인관서 방문 예약",
			publisher: "법무부"
		}
	},
	parameters: {
		gni: {
			label: "1인당 국민총소득",
			note: "한국은행 잠정치이며, 기준은 매년 4월 1일에 바뀝니다."
		},
		minimumWage: {
			label: "연간 최저임금(2026년)",
			note: "월 2,156,880원 × 12이며 매년 1월 1일 바뀝니다. 소득 최하위 구간이 여기서 시작합니다."
		}
	},
	categories: {
		common: {
			label: "공통항목"
		},
		bonus: {
			label: "가점"
		},
		deductions: {
			label: "감점"
		}
	},
	steps: {
		you: {
			label: "본인 정보"
		},
		education: {
			label: "학력 및 한국어"
		},
		more: {
			label: "추천·봉사활동 및 범죄·위반 경력"
		}
	},
	questions: {
		age: {
			label: "나이",
			help: "만 나이로 적어 주세요.",
			assumption: "오늘 기준 나이입니다. 점수표는 신청일 기준 나이를 씁니다. 만 18세 미만은 점수표에 없어 0점입니다."
		},
		inKorea: {
			label: "현재 유효한 체류자격으로 한국에 머물고 있나요?",
			help: "그렇다면 해외에서 새로 사증을 신청하지 않고 국내에서 체류자격을 변경합니다.",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		currentStatus: {
			label: "현재 한국 체류자격",
			options: {
				professional: {
					label: "전문 자격: E-1~E-7-1 또는 D-5~D-9",
					help: "E-6-2, E-7-2, E-7-3, E-7-4는 제외합니다."
				},
				student: {
					label: "유학(D-2) 또는 구직(D-10)"
				},
				visitor: {
					label: "단기 체류: B-1, B-2, C-1, C-3, C-4"
				},
				"worker-trainee": {
					label: "D-3, E-9, E-10 또는 G-1"
				},
				other: {
					label: "그 밖의 자격"
				}
			}
		},
		yearsInKorea: {
			label: "전문 체류자격으로 한국에 계속 체류한 기간(년)",
			help: "E-1~E-7-1 또는 D-5~D-9 자격 기준입니다. 2.5처럼 반년 단위도 입력할 수 있습니다."
		},
		incomeKorea: {
			label: "지난해 한국에서의 과세 소득(원)",
			help: "세무서의 소득금액증명 기준이며, 없으면 0을 입력하세요.",
			assumption: "최하위 구간은 2026년 연간 최저임금 25,882,560원에서 시작합니다. 어느 해의 최저임금을 쓰는지는 명시되어 있지 않습니다. 국내 소득금액증명이 없으면 상장기업 신규 채용자를 빼고는 이 항목이 0점입니다."
		},
		jobOffer: {
			label: "한국의 기업이나 기관에서 채용 제안을 받았나요?",
			help: "서면 채용 제안이나 고용계약서를 말합니다. 톱티어 거주(F-2-T)는 모든 경로에서 고용계약서가 필요하지만, 예비톱티어 구직(D-10-T)에는 필요하지 않습니다.",
			options: {
				yes: {
					label: "예"
				},
				"not-yet": {
					label: "아직 없음"
				}
			},
			needs: "한국의 기업이나 기관의 채용 제안이 필요합니다"
		},
		salary: {
			label: "한국에서 제안받은 연봉(원)",
			help: "채용 제안서에 적힌 세전 연봉(원)입니다."
		},
		listedEmployer: {
			label: "고용업체가 코스피 또는 코스닥 상장기업인가요?",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요 또는 잘 모르겠음"
				}
			}
		},
		field: {
			label: "어느 분야에서 일하고 있나요?",
			help: "8대 국가첨단전략산업은 각각 톱티어 지침 붙임 2에 정한 범위 안에서만 인정됩니다.",
			options: {
				semiconductors: {
					label: "반도체",
					help: "톱티어 지침 붙임2의 반도체 분야 범위에 해당하는 기술."
				},
				"secondary-batteries": {
					label: "이차전지",
					help: "톱티어 지침 붙임2의 이차전지 분야 범위에 해당하는 기술."
				},
				displays: {
					label: "디스플레이",
					help: "톱티어 지침 붙임2의 디스플레이 분야 범위에 해당하는 기술."
				},
				biotech: {
					label: "바이오",
					help: "바이오의약품, 오가노이드 재생치료제."
				},
				robotics: {
					label: "로봇",
					help: "휴머노이드 및 연관 기술."
				},
				defense: {
					label: "방산",
					help: "15,000 lbf급 이상 첨단 항공 가스터빈엔진 및 그 핵심 소재·부품·장비."
				},
				ai: {
					label: "인공지능(AI)",
					help: "톱티어 지침 붙임2의 인공지능(AI) 분야 범위에 해당하는 기술."
				},
				"advanced-mobility": {
					label: "첨단 모빌리티",
					help: "미래자동차, 친환경·자율운항 선박, 드론."
				},
				"other-strategic": {
					label: "그 밖의 국가전략기술",
					help: "양자, 수소, 차세대 원자력, 우주항공, 사이버보안, 차세대 통신."
				},
				stem: {
					label: "그 밖의 이공계 분야(STEM)",
					help: "기계·전기·건설 등 공학부터 수학, 물리학, 화학, 생명과학, 의학, 뇌과학까지 모든 이공계 분야."
				},
				"non-tech": {
					label: "이공계 분야 아님"
				}
			},
			assumption: "모든 기술 분야를 산업부 고시 「첨단기술 및 제품의 범위」에 해당하는 것으로 봅니다. 실제 고시는 그보다 좁고 제품 단위로 정해져 있습니다."
		},
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
			}
		},
		institution: {
			label: "받은 학위 중 세계 100위 이내 대학의 학위가 있나요?",
			help: "최근 5년 내 다음 세계 대학평가 중 하나 이상에서 100위 이내에 선정된 대학: QS World University Rankings, QS World University Rankings by Subject(Engineering and Technology), Times Higher Education(THE) World University Rankings, THE World University Rankings by Subject(Engineering), U.S. News Best Global Universities, U.S. News Best Global Universities for Engineering.",
			options: {
				top100: {
					label: "예, 100위 이내"
				},
				top500: {
					label: "아니요, 500위 이내"
				},
				other: {
					label: "아니요"
				}
			},
			assumption: "세계 100위 또는 500위 이내는 매뉴얼의 QS 500위 또는 THE 200위 이내(최근 5년 중 어느 해든)로 봅니다. 다른 순위의 500위 이내 대학은 인정되지 않을 수 있습니다."
		},
		stemDegree: {
			label: "학위가 이공계(STEM: 과학·기술·공학·수학) 분야인가요?",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		koreanDegree: {
			label: "한국 대학에서 받은 최종 학위",
			help: "원격·사이버대학과 학점은행제 학위는 인정되지 않습니다.",
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
				associate: {
					label: "전문학사(2·3년제 대학)"
				},
				none: {
					label: "없음"
				}
			},
			assumption: "매뉴얼은 이 가점이 우수대학 가점과 중복되는지 밝히지 않습니다. 여기서는 가점 상한 40점 안에서 합산합니다."
		},
		koreanGraduation: {
			label: "언제 졸업하셨나요?",
			options: {
				"within-3": {
					label: "3년 이내"
				},
				"within-5": {
					label: "3년 초과 5년 이내"
				},
				earlier: {
					label: "5년 초과"
				}
			}
		},
		koreanLevel: {
			label: "한국어 능력(TOPIK 또는 사회통합프로그램 KIIP)",
			help: "TOPIK 급수와 이수한 사회통합프로그램 단계 중 높은 것을 고르세요.",
			options: {
				"level-5": {
					label: "TOPIK 5·6급 또는 KIIP 5단계"
				},
				"level-4": {
					label: "TOPIK 4급 또는 KIIP 4단계"
				},
				"level-3": {
					label: "TOPIK 3급 또는 KIIP 3단계"
				},
				"level-2": {
					label: "TOPIK 2급 또는 KIIP 2단계"
				},
				"level-1": {
					label: "TOPIK 1급 또는 KIIP 1단계"
				},
				none: {
					label: "아직 없음"
				}
			}
		},
		kiipLevel5: {
			label: "사회통합프로그램(KIIP) 5단계 기본과정 이상을 이수하셨나요?",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		koreanWarTalent: {
			label: "한국전 참전국 우수인재로 중앙행정기관의 추천을 받으셨나요?",
			assumption: "묻지 않았으며 ‘아니요’로 봅니다.",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		ministryRecommendation: {
			label: "중앙행정기관의 추천서가 있나요?",
			assumption: "묻지 않았으며 ‘아니요’로 봅니다.",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		volunteering: {
			label: "국내 봉사활동 실적",
			assumption: "묻지 않았으며 ‘없음’으로 봅니다.",
			options: {
				none: {
					label: "1년 미만"
				},
				"one-year": {
					label: "1년 이상, 6회 이상, 50시간 이상"
				},
				"two-years": {
					label: "2년 이상, 12회 이상, 100시간 이상"
				},
				"three-years": {
					label: "3년 이상, 18회 이상, 150시간 이상"
				}
			}
		},
		criminalRecord: {
			label: "국내외 범죄 경력",
			help: "벌금과 형(집행유예 포함)을 모두 포함합니다.",
			options: {
				none: {
					label: "없음"
				},
				"fine-under-2m": {
					label: "벌금 200만 원 미만"
				},
				"fine-2m-3m": {
					label: "벌금 200만 원 이상 300만 원 미만"
				},
				"fine-3m-plus": {
					label: "3년이 지난 300만 원 이상 벌금, 또는 5년이 지난 그보다 무거운 형"
				},
				disqualifying: {
					label: "최근 3년 내 300만 원 이상 벌금, 또는 최근 5년 내 징역·금고형"
				}
			},
			assumption: "묻지 않았으며 ‘없음’으로 봅니다."
		},
		immigrationViolation: {
			label: "출입국관리법 위반(범칙금)",
			help: "최근 3년 내 납부한 범칙금과 최근 5년 내 출국명령·강제퇴거를 포함합니다.",
			options: {
				none: {
					label: "없음"
				},
				"fine-500k-1m": {
					label: "범칙금 50만 원 이상 100만 원 미만"
				},
				"fine-1m-3m": {
					label: "범칙금 100만 원 이상 300만 원 미만"
				},
				"fine-3m-plus": {
					label: "범칙금 300만 원 이상, 또는 출국명령·강제퇴거"
				},
				disqualifying: {
					label: "최근 3년 내 범칙금 합계 500만 원 이상"
				}
			},
			assumption: "묻지 않았으며 ‘없음’으로 봅니다. 매뉴얼은 최근 3년 내 3회 이상 위반으로 범칙금 합계가 500만 원 이상이면 신청할 수 없다고 정합니다."
		}
	},
	pathways: {
		listedCompany: {
			label: "상장기업",
			description: "코스피·코스닥 상장기업에 관리자나 전문가로 고용되고 80점 이상.",
			status: "점수제 우수인재 거주(F-2-7)",
			basis: "F-2-7 신청 대상: 상장법인 종사자",
			next: [
				{
					text: "한국의 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다."
				},
				{
					text: "세무서의 소득금액증명과 점수를 받은 각 항목의 증빙을 가져가세요."
				}
			]
		},
		promisingIndustry: {
			label: "첨단기술 분야",
			description: "첨단기술 분야에 종사하고 소득이 GNI의 1.5배 이상이며 80점 이상.",
			status: "점수제 우수인재 거주(F-2-7)",
			basis: "F-2-7 신청 대상: 유망산업 분야 종사자(GNI 1.5배)",
			next: [
				{
					text: "한국의 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다."
				},
				{
					text: "세무서의 소득금액증명과 점수를 받은 각 항목의 증빙을 가져가세요."
				}
			]
		},
		professional: {
			label: "국내 전문인력",
			description: "전문 체류자격으로 국내 3년 체류(또는 소득 4,000만 원 이상)와 80점 이상.",
			status: "점수제 우수인재 거주(F-2-7)",
			basis: "F-2-7 신청 대상: 전문인력(E-1~E-7-1, D-5~D-9)",
			next: [
				{
					text: "한국의 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다."
				},
				{
					text: "세무서의 소득금액증명과 점수를 받은 각 항목의 증빙을 가져가세요."
				}
			]
		},
		studyTalent: {
			label: "국내 대학 졸업자",
			description: "최근 5년 내 국내 석사·박사 학위, 전문 분야 일자리, 그리고 80점 이상.",
			status: "점수제 우수인재 거주(F-2-7)",
			basis: "F-2-7 신청 대상: 국내 유학 우수인재",
			next: [
				{
					text: "한국의 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다."
				},
				{
					text: "세무서의 소득금액증명과 점수를 받은 각 항목의 증빙을 가져가세요."
				}
			]
		}
	},
	benefits: [
		"취업 제한이 거의 없는 거주 자격, 점수에 따라 1회 최대 5년",
		"배우자와 자녀가 동반할 수 있습니다(F-2-71)",
		"3년 후 영주(F-5-16)로 가는 길"
	],
	assumptions: [
		"점수표는 2026. 4. 14. 개정된 것입니다(공통항목 최대 130점, 가점 최대 40점, 합격 80점).",
		"전문학사(이공계 15점, 그 밖 10점)는 묻지 않았으며 학위 없음으로 봅니다.",
		"감점은 최대 −70점까지 계산합니다. 매뉴얼의 제목은 −70점, 표 머리글은 −80점이며, 항목을 합하면 −70점입니다.",
		"묻지 않았지만 함께 충족해야 하는 요건: 최근 5년 내 금고 이상의 형이 없을 것, 최근 3년 내 300만 원 이상 벌금이 없을 것, 허위 서류가 없을 것, 입국금지 사유가 없을 것, 최근 3년 내 제한 업종 종사 경력이 없을 것.",
		"여기서 확인하지 않는 경우: 잠재적 우수인재(F-2-7S, 총장 추천), 점수 요건이 면제되는 E-7-S 소지자, 가족.",
		"체류 기간은 점수에 따라 정해집니다: 80~109점 1년, 110~119점 2년, 120~129점 3년, 130점 이상 5년(소득 점수가 더 유리하면 그에 따름)."
	],
	disclaimer: "이 결과는 추정일 뿐 결정이 아닙니다. 체류자격은 법무부가 결정합니다."
};
var f27ko = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { f27ko as default, language, rubric, texts };
