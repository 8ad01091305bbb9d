const rubric = "e-7-1-2026";
const language = "ko";
const texts = {
	title: "전문인력 취업비자(E-7-1)",
	sources: {
		"stay-manual": {
			title: "외국인체류 안내매뉴얼(체류자격별), 2026. 9. 판(최종 개정 2026. 9. 18.)",
			publisher: "법무부 출입국·외국인정책본부(하이코리아)"
		},
		"wage-floor-period": {
			title: "2026년 E-7 임금요건: E-7-1 연 31,120,000원, 2026. 2. 1.~2026. 12. 31. 적용(법무부 공고, 보도 기준)",
			publisher: "KOWORK(법무부 공고를 전한 2차 자료)"
		},
		"gni-standard": {
			title: "사증 심사 기준 1인당 국민총소득: 52,416,000원(2026. 4. 1.~2027. 3. 31.)",
			publisher: "법무부(하이코리아 공지사항)"
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
	parameters: {
		wageFloor: {
			label: "E-7-1 임금요건(연간)",
			note: "법무부가 매년 공고하며 2027년 기준이 이를 대체하므로, 2026. 12. 31.까지 이 기준표를 다시 검토합니다."
		},
		gni: {
			label: "1인당 국민총소득",
			note: "한국은행 잠정치이며, 기준은 매년 4월 1일에 바뀝니다."
		}
	},
	categories: {
		requirements: {
			label: "요건"
		}
	},
	steps: {
		offer: {
			label: "채용 제안"
		},
		education: {
			label: "학력 및 경력"
		},
		record: {
			label: "범죄·위반 경력 및 고용업체"
		}
	},
	questions: {
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
			assumption: "세계 100위 또는 500위 이내는 매뉴얼의 THE 200위 또는 QS 500위 이내(최근 3년 중 어느 해든)로 봅니다. 다른 순위의 500위 이내 대학은 인정되지 않을 수 있습니다."
		},
		degreeRelated: {
			label: "학위 전공이 해당 직무와 관련이 있나요?",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		experience: {
			label: "해당 분야 근무 경력(연구 포함, 년)",
			help: "전일제로 근무한 기간을 모두 합칩니다. 7.5처럼 반년 단위도 입력할 수 있습니다.",
			assumption: "학위 취득 후의 관련 경력으로 계산합니다. IT·바이오·나노 등 첨단기술 분야는 졸업 전 인턴 경력도 인정됩니다."
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
			assumption: "여기서 세계적 기업은 1년 경력 특례의 ‘글로벌 500대 기업’으로 봅니다."
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
			assumption: "묻지 않았으며 ‘없음’으로 봅니다. E-7 항목에는 범죄 경력에 따른 점수가 없고, 체류허가 제한의 일반 기준이 적용됩니다."
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
			assumption: "묻지 않았으며 ‘없음’으로 봅니다."
		},
		employerQuota: {
			label: "고용업체가 외국인 고용 한도를 지키고 있나요?",
			help: "일부 직종(웹 개발자 등)은 E-7 인력이 국민 고용인원의 20%(KOTRA 추천 첨단산업 기업은 50%)를 넘을 수 없습니다.",
			assumption: "묻지 않았으며 ‘한도 이내’로 봅니다. 대부분의 전문직은 적용 대상이 아니며, 고용업체에서 확인할 수 있습니다.",
			options: {
				within: {
					label: "한도 이내이거나 한도가 적용되지 않음"
				},
				over: {
					label: "한도 초과"
				}
			}
		}
	},
	pathways: {
		relatedMasters: {
			label: "관련 분야 석사",
			description: "직무와 관련된 석사 이상 학위와 2026년 임금요건.",
			status: "전문인력 취업비자(E-7-1)",
			basis: "일반요건: 관련 분야 석사 이상",
			next: [
				{
					text: "고용업체가 신청합니다. 해외에서는 고용업체가 대한민국 비자포털에서 사증발급인정서를 신청하고, 본인은 재외공관에서 사증을 받거나 전자사증을 이용합니다."
				},
				{
					text: "이미 한국에 있다면 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다. B, C, D-3, E-8, E-9, E-10, G-1 자격에서는 변경할 수 없습니다."
				}
			]
		},
		bachelorsAndYear: {
			label: "학사 + 경력 1년",
			description: "관련 분야 학사, 학위 취득 후 관련 경력 1년, 그리고 2026년 임금요건.",
			status: "전문인력 취업비자(E-7-1)",
			basis: "일반요건: 관련 분야 학사와 관련 경력 1년",
			next: [
				{
					text: "고용업체가 신청합니다. 해외에서는 고용업체가 대한민국 비자포털에서 사증발급인정서를 신청하고, 본인은 재외공관에서 사증을 받거나 전자사증을 이용합니다."
				},
				{
					text: "이미 한국에 있다면 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다. B, C, D-3, E-8, E-9, E-10, G-1 자격에서는 변경할 수 없습니다."
				}
			]
		},
		fiveYears: {
			label: "경력 5년",
			description: "관련 경력 5년과 2026년 임금요건.",
			status: "전문인력 취업비자(E-7-1)",
			basis: "일반요건: 관련 경력 5년",
			next: [
				{
					text: "고용업체가 신청합니다. 해외에서는 고용업체가 대한민국 비자포털에서 사증발급인정서를 신청하고, 본인은 재외공관에서 사증을 받거나 전자사증을 이용합니다."
				},
				{
					text: "이미 한국에 있다면 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다. B, C, D-3, E-8, E-9, E-10, G-1 자격에서는 변경할 수 없습니다."
				}
			]
		},
		topUniversity: {
			label: "우수 대학",
			description: "THE 200위 또는 QS 500위 이내 대학의 관련 분야 학사 이상: 경력이 필요 없습니다.",
			status: "전문인력 취업비자(E-7-1)",
			basis: "특별요건: THE 200위 또는 QS 500위 이내 대학 졸업자, 경력 면제",
			next: [
				{
					text: "고용업체가 신청합니다. 해외에서는 고용업체가 대한민국 비자포털에서 사증발급인정서를 신청하고, 본인은 재외공관에서 사증을 받거나 전자사증을 이용합니다."
				},
				{
					text: "이미 한국에 있다면 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다. B, C, D-3, E-8, E-9, E-10, G-1 자격에서는 변경할 수 없습니다."
				}
			]
		},
		koreanDegree: {
			label: "국내 대학 학위",
			description: "국내 대학의 학사 이상 학위(전공 무관): 경력이 필요 없습니다.",
			status: "전문인력 취업비자(E-7-1)",
			basis: "특별요건: 국내 학사 이상, 직종 무관",
			next: [
				{
					text: "고용업체가 신청합니다. 해외에서는 고용업체가 대한민국 비자포털에서 사증발급인정서를 신청하고, 본인은 재외공관에서 사증을 받거나 전자사증을 이용합니다."
				},
				{
					text: "이미 한국에 있다면 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다. B, C, D-3, E-8, E-9, E-10, G-1 자격에서는 변경할 수 없습니다."
				}
			]
		},
		globalCompany: {
			label: "세계적 기업",
			description: "글로벌 500대 기업에서 전문직으로 1년 이상 근무.",
			status: "전문인력 취업비자(E-7-1)",
			basis: "특별요건: 글로벌 500대 기업 경력 1년",
			next: [
				{
					text: "고용업체가 신청합니다. 해외에서는 고용업체가 대한민국 비자포털에서 사증발급인정서를 신청하고, 본인은 재외공관에서 사증을 받거나 전자사증을 이용합니다."
				},
				{
					text: "이미 한국에 있다면 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다. B, C, D-3, E-8, E-9, E-10, G-1 자격에서는 변경할 수 없습니다."
				}
			]
		},
		highIncome: {
			label: "1인당 GNI의 3배 이상 연봉",
			description: "연봉이 1인당 국민총소득의 3배 이상: 학력과 경력이 필요 없습니다.",
			status: "전문인력 취업비자(E-7-1)",
			basis: "특별요건: 고소득 전문직(GNI 3배), 학력·경력 면제",
			next: [
				{
					text: "고용업체가 신청합니다. 해외에서는 고용업체가 대한민국 비자포털에서 사증발급인정서를 신청하고, 본인은 재외공관에서 사증을 받거나 전자사증을 이용합니다."
				},
				{
					text: "이미 한국에 있다면 관할 출입국·외국인관서에 체류자격 변경을 신청하며, 방문은 하이코리아에서 예약합니다. B, C, D-3, E-8, E-9, E-10, G-1 자격에서는 변경할 수 없습니다."
				}
			]
		}
	},
	benefits: [
		"사증에 기재된 고용업체에서 근무하며, 1회 최대 3년까지 받고 연장할 수 있습니다",
		"배우자와 자녀가 동반할 수 있습니다(F-3)",
		"E-7-1 체류 기간은 점수제 우수인재 거주(F-2-7)로 가는 데 인정됩니다"
	],
	assumptions: [
		"2026년 임금요건 31,120,000원은 체류 매뉴얼에 있으며, 적용 기간(2026. 2. 1.~12. 31.)은 법무부 공고를 전한 2차 자료에 따른 것입니다. 임금요건은 매년 바뀌므로 2026. 12. 31.까지 이 기준표를 다시 검토합니다.",
		"일부 직종은 별도 임금 기준(GNI의 80%, 중소기업은 최대 3년간 70%)을 두며, 소프트웨어 개발자(KSCO 2222, 2223, 2224)는 일반 기준을 적용합니다. 최저임금도 시간급·월급 모두 충족해야 합니다.",
		"묻지 않았지만 함께 충족해야 하는 요건: 결격 사유가 되는 범죄·출입국 위반이 없을 것, 해당되는 경우 고용업체의 외국인 고용 한도, 고용업체의 납세·사업 요건, 그리고 E-7-1 도입 직종에 해당하는 일자리일 것.",
		"추천이 필요한 특별요건(GNI 1.5배 이상과 부처 추천), 별도 프로그램(D-10-3 인턴, 아시아 이공계 졸업자, 해외 유망인재), 관련 분야 국내 전문학사는 여기서 확인하지 않습니다."
	],
	disclaimer: "이 결과는 추정일 뿐 결정이 아닙니다. 사증은 고용업체의 신청에 따라 법무부가 결정합니다."
};
var e71ko = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { e71ko as default, language, rubric, texts };
