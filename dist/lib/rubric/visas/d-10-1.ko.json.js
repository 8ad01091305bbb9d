const rubric = "d-10-1-2026";
const language = "ko";
const texts = {
	title: "구직비자(D-10-1) 점수표",
	sources: {
		"stay-manual": {
			title: "외국인체류 안내매뉴얼(체류자격별), 2026. 9. 판(최종 개정 2026. 9. 18.)",
			publisher: "법무부 출입국·외국인정책본부(하이코리아)"
		},
		"visa-manual": {
			title: "사증발급 안내매뉴얼, 2026. 9. 판",
			publisher: "법무부(대한민국 비자포털)"
		},
		"visa-portal": {
			title: "대한민국 비자포털: 사증 및 사증발급인정서",
			publisher: "법무부"
		},
		hikorea: {
			title: "하이코리아: 전자민원 및 출입국·외국인관서 방문 예약",
			publisher: "법무부"
		}
	},
	categories: {
		basic: {
			label: "기본항목"
		},
		selective: {
			label: "선택항목"
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
			label: "학력 및 경력"
		},
		more: {
			label: "연수·추천 및 범죄·위반 경력"
		}
	},
	questions: {
		age: {
			label: "나이",
			help: "만 나이로 적어 주세요.",
			assumption: "오늘 기준 나이입니다. 점수표는 신청일 기준 나이를 씁니다."
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
		restrictedNationality: {
			label: "법무부가 80점 이상을 요구하는 국가의 국민인가요?",
			help: "법무부가 고시로 정한 국가입니다. 관할 출입국·외국인관서나 1345 외국인종합안내센터에서 확인할 수 있습니다.",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				},
				"not-sure": {
					label: "잘 모르겠음"
				}
			}
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
			},
			assumption: "전문학사는 국내 대학에서 받은 경우에만 인정됩니다(15점)."
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
			assumption: "세계 100위 또는 500위 이내는 매뉴얼의 THE 200위 또는 QS 500위 이내(최근 3년 순위 기준)로 봅니다. 다른 순위의 500위 이내 대학은 인정되지 않을 수 있습니다."
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
			assumption: "국내 학위는 점수표가 요구하는 대로 국내에서 2년 이상 공부한 것으로 봅니다. 그보다 짧은 복수학위는 인정되지 않습니다."
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
		experience: {
			label: "해당 분야 근무 경력(연구 포함, 년)",
			help: "전일제로 근무한 기간을 모두 합칩니다. 7.5처럼 반년 단위도 입력할 수 있습니다.",
			assumption: "모든 경력을 해외 경력 기준(3년 5점, 5년 10점, 7년 15점)으로 계산합니다. 국내 경력은 점수가 더 높아(1년 5점, 3년 10점, 5년 15점) 국내 경력이 있으면 점수표상 최대 10점을 더 받을 수 있습니다. 학위 취득 후 최근 10년 내 전공 관련 경력만 인정됩니다."
		},
		employer: {
			label: "3년 이상 근무한 곳은 어디인가요? 해당하는 것을 모두 고르세요.",
			help: "세계적 기업의 부설 연구소는 두 항목 모두에 해당합니다.",
			options: {
				global500: {
					label: "세계적 기업",
					help: "최근 3년 이내 Forbes Global 2000(500위 이내), TIME100 Most Influential Companies, Fortune Global 500 중 하나에 선정된 기업."
				},
				"top-institute": {
					label: "세계적 연구기관",
					help: "세계 100위 이내 대학의 연구소, 세계 500대 기업의 부설 연구소 또는 정부주도 연구소."
				},
				large: {
					label: "그 밖의 대기업·상장기업"
				},
				other: {
					label: "해당 없음"
				}
			},
			assumption: "여기서 세계적 기업은 매뉴얼의 포춘 글로벌 500대 기업(최근 10년 내 1년 이상)으로 봅니다."
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
		koreaTraining: {
			label: "그 밖의 국내 연수",
			assumption: "묻지 않았으며 ‘없음’으로 봅니다.",
			options: {
				none: {
					label: "없음"
				},
				"language-12m": {
					label: "12개월 이상 어학연수(D-4-1)"
				},
				"training-12m": {
					label: "D-2-5, D-2-6, D-4-2, D-4-6 연수 12~18개월"
				},
				"training-19m": {
					label: "D-2-5, D-2-6, D-4-2, D-4-6 연수 19개월 이상"
				}
			}
		},
		jobSeekerRecommendation: {
			label: "중앙행정기관장이나 재외공관장의 구직 추천을 받으셨나요?",
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
		previousPay: {
			label: "이전 직장의 연봉이 미화 5만 달러 이상이며 정부 발급 소득 서류로 증명할 수 있나요?",
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
			assumption: "묻지 않았으며 ‘없음’으로 봅니다. 점수표는 최근 5년간의 벌금을 합산합니다."
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
			assumption: "묻지 않았으며 ‘없음’으로 봅니다. 최근 5년 내 출국명령·강제퇴거가 있으면 D-10을 받을 수 없으나, 여기서는 가장 큰 감점으로 계산합니다."
		}
	},
	pathways: {
		jobSeekerLong: {
			label: "80점 이상",
			description: "기본항목 20점 이상, 총점 80점 이상: 총 3년까지, 1회 1년.",
			status: "구직비자(D-10-1), 최대 3년",
			basis: "D-10-1 점수표: 기본항목 20점 이상, 총점 80점 이상",
			next: [
				{
					text: "해외에서는 재외공관에 D-10 사증을 신청합니다. 대한민국 비자포털을 참고하세요."
				},
				{
					text: "한국에서는 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다."
				}
			]
		},
		jobSeeker: {
			label: "60점 이상",
			description: "기본항목 20점 이상, 총점 60점 이상: 총 1년까지, 1회 6개월.",
			status: "구직비자(D-10-1), 최대 1년",
			basis: "D-10-1 점수표: 기본항목 20점 이상, 총점 60점 이상(B, C, D-3, E-9, E-10, G-1 자격으로 체류 중인 고시국가 국민은 80점 이상)",
			next: [
				{
					text: "해외에서는 재외공관에 D-10 사증을 신청합니다. 대한민국 비자포털을 참고하세요."
				},
				{
					text: "한국에서는 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다."
				}
			]
		}
	},
	benefits: [
		"채용 제안 없이도 한국에서 일자리를 찾을 수 있습니다",
		"채용되면 한국에서 취업비자로 변경할 수 있습니다",
		"허가를 받으면 단기 인턴을 할 수 있습니다"
	],
	assumptions: [
		"점수표는 2026년 9월 체류 매뉴얼의 것입니다(기본 50 + 선택 70 + 가점 70, 감점 최대 −60). 사증발급 매뉴얼도 같습니다.",
		"묻지 않았지만 함께 충족해야 하는 요건: 최근 3년 내 300만 원 이상 벌금이 없을 것, 최근 5년 내 징역·금고형이 없을 것, 최근 5년 내 출국명령·강제퇴거가 없을 것, 그리고 체류 경비 증명.",
		"추천, 국내 연수, 이전 연봉에 대한 가점은 묻지 않았으며 없는 것으로 봅니다. 사이트 운영자가 이를 묻도록 설정할 수 있습니다.",
		"점수 없이 신청할 수 있는 경우도 있습니다: 국내 대학 최근 졸업자, THE·QS 200위 이내 대학을 졸업한 만 29세 이하, E-1~E-7 계약이 끝난 근로자 등. 여기서는 확인하지 않습니다."
	],
	disclaimer: "이 결과는 추정일 뿐 결정이 아닙니다. 사증은 법무부가 결정합니다."
};
var d101ko = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { d101ko as default, language, rubric, texts };
