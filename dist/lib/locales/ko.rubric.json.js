const rubric = "ktech-pass-2026-09";
const language = "ko";
const texts = {
	title: "K-Tech Pass 및 톱티어(F-2-T) 비자 자가 진단",
	sources: {
		"top-tier-guideline": {
			title: "「첨단산업 및 과학기술 분야 최우수인재 톱티어(Top-Tier) 사증발급 및 체류관리 지침」(2026. 6. 25. 시행), 「체류민원 자격별 안내 매뉴얼」(2026.9.) 수록",
			publisher: "법무부(하이코리아)"
		},
		"ktech-pass-overview": {
			title: "산업부 K-Tech Pass 사업 개요(참고 2), 같은 매뉴얼 수록: 이 판에는 정성평가 트랙이 없음",
			publisher: "법무부(하이코리아)"
		},
		"gni-standard": {
			title: "사증 심사 기준 1인당 국민총소득: 52,416,000원(2026. 4. 1.~2027. 3. 31.)",
			publisher: "법무부(하이코리아 공지사항)"
		},
		"bok-gni-2025": {
			title: "2025년 1인당 국민총소득(잠정): 52,416,000원",
			publisher: "한국은행"
		},
		"announcement-2026-07": {
			title: "2026년 7월 2일 언론 보도: K-Tech Pass 정성평가 트랙(정량 65점·정성 35점, 중소기업 가점 10점)과 보건복지부·우주항공청 사업 초빙 연구자",
			publisher: "산업통상부 발표에 관한 언론 보도"
		},
		"kotra-gtc": {
			title: "KOTRA 해외인재유치센터: K-Tech Pass 신청",
			publisher: "대한무역투자진흥공사(KOTRA)"
		},
		"strategic-tech": {
			title: "12대 국가전략기술",
			publisher: "과학기술정보통신부"
		},
		"visa-portal": {
			title: "대한민국 비자포털: 전자사증과 사증 종류",
			publisher: "법무부"
		},
		hikorea: {
			title: "하이코리아: 체류자격 변경 전자민원, 체류민원 자격별 안내 매뉴얼",
			publisher: "법무부(하이코리아)"
		},
		"tax-act": {
			title: "조세특례제한법 제18조(외국인기술자에 대한 소득세 감면)",
			publisher: "국가법령정보센터"
		}
	},
	parameters: {
		gni: {
			label: "1인당 국민총소득",
			note: "한국은행 잠정치이며, 기준은 매년 4월 1일에 바뀝니다."
		}
	},
	passMark: {
		assumption: "정성평가 트랙의 합격 기준 점수는 공개되지 않았습니다. 100점 만점에 60점은 이 도구의 가정입니다."
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
		situation: {
			label: "현재 상황"
		},
		offer: {
			label: "채용 제안"
		},
		education: {
			label: "학력"
		},
		career: {
			label: "경력 및 근무처"
		},
		research: {
			label: "연구 실적"
		},
		expertise: {
			label: "전문성 및 직무"
		},
		field: {
			label: "전문 분야"
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
		governmentProgramme: {
			label: "정부 사업을 통해 초빙되었나요?",
			help: "보도에 따르면 이 사업으로 초빙된 연구자는 K-Tech Pass 혜택을 받습니다.",
			options: {
				mohw: {
					label: "예, 보건복지부 사업"
				},
				kasa: {
					label: "예, 우주항공청(KASA) 사업"
				},
				none: {
					label: "아니요"
				}
			}
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
		salary: {
			label: "한국에서 제안받은 연봉(원)",
			help: "채용 제안서에 적힌 세전 연봉(원)입니다. 한국의 1인당 국민총소득과 비교합니다.",
			assumption: "배점과 1배·1.5배·2배 구간은 이 도구가 가정한 값이며, 3배·4배 구간은 톱티어 지침을 따릅니다."
		},
		employerSize: {
			label: "채용 기업의 규모",
			help: "보도에 따르면 중소기업기본법상 중소기업은 정성평가 트랙에서 10점 가점을 받습니다.",
			options: {
				sme: {
					label: "중소기업"
				},
				large: {
					label: "대기업 또는 기타"
				}
			},
			assumption: "중소기업 가점은 보도된 내용으로, 아직 공식 문서에는 없습니다."
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
			assumption: "학위별 배점은 가정한 값입니다."
		},
		institution: {
			label: "석사·박사 학위 중 세계 100위 이내 대학에서 받은 학위가 있나요?",
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
			assumption: "순위 구간별 배점은 가정한 값입니다."
		},
		experience: {
			label: "해당 분야 근무 경력(연구 포함, 년)",
			help: "전일제로 근무한 기간을 모두 합칩니다. 7.5처럼 반년 단위도 입력할 수 있습니다.",
			assumption: "구간별 배점은 가정한 값입니다."
		},
		postdocResearch: {
			label: "박사학위 취득 후 연구 경력(년)",
			help: "해당 분야의 연구 기간입니다. 4.5처럼 반년 단위도 입력할 수 있습니다."
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
			assumption: "근무처 유형별 배점은 가정한 값입니다."
		},
		koreaExperience: {
			label: "국내 기업의 첨단산업 분야에서 1년 이상 근무했나요?",
			help: "주재(D-7)~특정활동(E-7) 또는 거주(F-2) 자격으로 근무한 경우입니다.",
			options: {
				yes: {
					label: "예"
				},
				no: {
					label: "아니요"
				}
			}
		},
		researchDistinction: {
			label: "다음 중 해당하는 것이 있나요?",
			help: "과학기술 분야의 요건으로, 하나만 충족하면 됩니다. 이 분야에는 소득 요건이 없습니다.",
			options: {
				pi: {
					label: "해당 분야 경력 5년 이상, 연구책임자(PI)·조교수 이상 또는 책임급 이상",
					help: "세계 100위 이내 대학 연구소의 연구책임자(PI) 또는 조교수 이상, 글로벌 500대 기업의 부설연구소 및 국·공립 연구소의 책임급 이상, 또는 이에 준하는 핵심 연구인력."
				},
				patents: {
					label: "3극 특허·국제표준특허 또는 기술료 수입",
					help: "3극 특허 또는 국제표준특허를 보유하고 있거나, 최근 3년간 기술료 수입이 10억 원 이상인 경우."
				},
				citations: {
					label: "HCR 등재 또는 대표 논문 저자",
					help: "HCR 명단(논문 피인용 상위 1%) 등재자 또는 Science, Nature 등 국제학술지에서 선정한(올해의 최고연구 등) 대표 논문 저자."
				},
				prize: {
					label: "권위 있는 국제적 상 수상",
					help: "노벨상, 필즈상 등 국제적으로 인정받는 권위 있는 상의 수상자 또는 수상자로부터 추천을 받은 사람."
				},
				none: {
					label: "해당 없음"
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
			assumption: "분야별 배점은 가정한 값입니다."
		},
		evidence: {
			label: "특정 기술 전문성을 보여 주는 가장 강력한 근거",
			options: {
				leading: {
					label: "선도적 수준",
					help: "해당 분야의 등록 특허나 최상위 학회·학술지 논문, 또는 대규모로 쓰이는 제품의 기술 책임자."
				},
				solid: {
					label: "탄탄한 수준",
					help: "동료 심사를 거친 논문, 특허 출원, 또는 출시된 제품의 선임 엔지니어."
				},
				emerging: {
					label: "성장 단계",
					help: "일부 논문, 오픈소스 활동 또는 프로젝트가 있으나 아직 널리 인정받지는 않음."
				},
				none: {
					label: "아직 없음"
				}
			},
			assumption: "수준 구분과 배점은 가정한 값입니다."
		},
		role: {
			label: "제안받은 직무가 채용 기업에 갖는 전략적 가치",
			options: {
				"core-lead": {
					label: "기업에 없는 역량을 직접 이끄는 역할"
				},
				"core-rnd": {
					label: "핵심 연구개발"
				},
				support: {
					label: "기술 지원 직무"
				}
			},
			assumption: "수준 구분과 배점은 가정한 값입니다."
		}
	},
	pathways: {
		topTierStandard: {
			label: "톱티어: 학위·경력·GNI 3배",
			description: "최우수 대학의 석사 이상 학위, 최우수 경력, 1인당 국민총소득(GNI) 3배 이상의 연봉, 첨단산업 분야의 채용 제안이 모두 필요합니다.",
			status: "톱티어 거주(F-2-T)",
			basis: "톱티어 지침 첨단산업 분야 가목",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 K-Tech Pass와 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "국내에 체류 중이면 하이코리아 전자민원이나 관할 출입국·외국인관서 방문으로 F-2-T 체류자격 변경을 신청합니다."
				},
				{
					text: "해외에 있으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다(본인 또는 고용주 대리 신청)."
				},
				{
					text: "제출 서류: 고용계약서, 회사의 사업자등록증, 본국의 범죄경력증명서(아포스티유 또는 영사확인)."
				}
			]
		},
		topTierHighIncome: {
			label: "톱티어: GNI 4배",
			description: "1인당 국민총소득(GNI) 4배 이상의 연봉, 최우수 학위나 최우수 경력 중 하나 이상, 첨단산업 분야의 채용 제안이 필요합니다.",
			status: "톱티어 거주(F-2-T)",
			basis: "톱티어 지침 첨단산업 분야 나목",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 K-Tech Pass와 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "국내에 체류 중이면 하이코리아 전자민원이나 관할 출입국·외국인관서 방문으로 F-2-T 체류자격 변경을 신청합니다."
				},
				{
					text: "해외에 있으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다(본인 또는 고용주 대리 신청)."
				},
				{
					text: "제출 서류: 고용계약서, 회사의 사업자등록증, 본국의 범죄경력증명서(아포스티유 또는 영사확인)."
				}
			]
		},
		topTierKoreaExperience: {
			label: "톱티어: 국내 근무·GNI 2배",
			description: "최우수 학위와 경력, 국내 첨단산업 분야 1년 이상 근무, 1인당 국민총소득(GNI) 2배 이상의 연봉, 첨단산업 분야의 채용 제안이 필요합니다.",
			status: "톱티어 거주(F-2-T)",
			basis: "톱티어 지침 첨단산업 분야 다목",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 K-Tech Pass와 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "국내에 체류 중이면 하이코리아 전자민원이나 관할 출입국·외국인관서 방문으로 F-2-T 체류자격 변경을 신청합니다."
				},
				{
					text: "해외에 있으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다(본인 또는 고용주 대리 신청)."
				},
				{
					text: "제출 서류: 고용계약서, 회사의 사업자등록증, 본국의 범죄경력증명서(아포스티유 또는 영사확인)."
				}
			]
		},
		scienceTrack: {
			label: "톱티어: 과학기술 분야",
			description: "과학기술 분야의 네 가지 연구 요건 중 하나와 이공계 분야의 채용 제안이 필요합니다. 소득 요건은 없습니다.",
			status: "톱티어 거주(F-2-T)",
			basis: "톱티어 지침 과학기술 분야 가목",
			next: [
				{
					text: "초빙 기관이 과학기술정보통신부에 추천을 요청합니다."
				},
				{
					text: "국내에 체류 중이면 하이코리아 전자민원이나 관할 출입국·외국인관서 방문으로 F-2-T 체류자격 변경을 신청합니다."
				},
				{
					text: "해외에 있으면 대한민국 비자포털에서 F-2-T 전자사증을 신청합니다(본인 또는 고용주 대리 신청)."
				},
				{
					text: "제출 서류: 고용계약서, 회사의 사업자등록증, 본국의 범죄경력증명서(아포스티유 또는 영사확인)."
				}
			]
		},
		governmentScholar: {
			label: "정부 사업 초빙 연구자(보도)",
			description: "보건복지부 또는 우주항공청 사업으로 초빙되어 채용 제안을 받은 연구자.",
			status: "K-Tech Pass 혜택(언론 보도), 사증 경로는 공표되지 않음",
			assumption: "2026년 7월 2일 언론 보도로만 알려진 내용입니다. 산업통상부 장관 추천(라목)을 거쳐 F-2-T로 이어진다는 것은 이 도구의 가정입니다.",
			next: [
				{
					text: "초빙 기관이 KOTRA 해외인재유치센터에 K-Tech Pass를 신청합니다."
				},
				{
					text: "이 사업에 어떤 사증이 쓰이는지 초빙 기관에 문의하세요. 산업통상부 장관이 추천하면 F-2-T로 이어질 수 있습니다(이 도구의 가정)."
				}
			]
		},
		qualitative: {
			label: "K-Tech Pass 정성평가 트랙(보도)",
			description: "이공계 분야의 채용 제안이 있고, 점수(중소기업 가점 포함)가 합격 기준 이상이어야 합니다.",
			status: "K-Tech Pass(언론 보도)",
			assumption: "2026년 7월 2일 언론 보도로만 알려진 내용으로, 2026년 9월 공식 사업 개요에는 아직 없으며 항목별 배점과 합격 기준은 가정입니다. F-2-T로 이어진다는 것도 이 도구의 가정입니다. 라목에 따라 산업통상부 장관의 검증과 추천이 필요합니다.",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에서 K-Tech Pass를 온라인으로 신청합니다."
				},
				{
					text: "산업통상부 장관이 추천하면 라목에 따라 F-2-T로 이어질 수 있습니다(이 도구의 가정). 국내에서는 하이코리아 전자민원이나 관할 출입국·외국인관서 방문으로 체류자격 변경을 신청합니다."
				},
				{
					text: "산업통상부 장관이 추천하면 라목에 따라 F-2-T로 이어질 수 있습니다(이 도구의 가정). 해외에서는 대한민국 비자포털에서 전자사증을 신청합니다."
				}
			]
		},
		promisingTopTier: {
			label: "유망톱티어(E-7-T)",
			description: "최우수 학위와 경력, 1인당 국민총소득(GNI) 2배 이상의 연봉, 첨단산업 분야의 채용 제안이 필요합니다.",
			status: "유망톱티어 특정활동(E-7-T)",
			basis: "톱티어 지침 유망톱티어(E-7-T)",
			next: [
				{
					text: "채용 기업이 KOTRA 해외인재유치센터에 산업통상부 장관 추천을 신청합니다."
				},
				{
					text: "국내에 체류 중이면 하이코리아 전자민원이나 관할 출입국·외국인관서 방문으로 E-7-T 체류자격 변경을 신청합니다."
				},
				{
					text: "해외에 있으면 대한민국 비자포털에서 E-7-T 전자사증을 신청합니다(본인 또는 고용주 대리 신청)."
				},
				{
					text: "제출 서류: 고용계약서, 회사의 사업자등록증, 본국의 범죄경력증명서(아포스티유 또는 영사확인)."
				}
			]
		},
		preliminaryTopTier: {
			label: "예비톱티어(D-10-T)",
			description: "세계 100위 이내 대학의 석사 이상 학위만 있으면 되며, 채용 제안도 부처 추천도 필요 없습니다. 한국에서 일자리를 찾기 위한 사증입니다.",
			status: "예비톱티어 구직(D-10-T)",
			basis: "톱티어 지침 예비톱티어(D-10-T)",
			next: [
				{
					text: "재외공관에서 6개월 단수 D-10-T 사증을 신청합니다. 전자사증으로는 발급되지 않으며, 부처 추천은 필요 없습니다."
				},
				{
					text: "D-10-T로 최대 3년까지 체류하며 일자리를 찾을 수 있습니다. 채용 제안을 받으면 위의 경로를 다시 확인하세요."
				}
			]
		},
		scholarBeforeOffer: {
			label: "정부 사업 초빙 연구자, 고용계약 전(보도)",
			description: "보건복지부 또는 우주항공청 사업으로 초빙되었으나 아직 고용계약을 맺지 않은 연구자.",
			status: "채용 후 K-Tech Pass 혜택(언론 보도)",
			assumption: "2026년 7월 2일 언론 보도로만 알려진 내용입니다.",
			next: [
				{
					text: "초빙 기관이 고용계약을 마련한 뒤 KOTRA 해외인재유치센터에 K-Tech Pass를 신청합니다. 다음 절차는 초빙 기관에 문의하세요."
				}
			]
		}
	},
	benefits: [
		"재외공관 방문 없이 약 2주 만에 온라인으로 전자사증 발급(해외에서 F-2-T 신청 시)",
		"배우자와 자녀는 F-2-T1 자격으로 동반하며, 배우자는 취업활동에 제한이 없음",
		"F-2-T는 한국어 시험이 필요 없음",
		"F-2-T로 3년 체류 후 톱티어 영주(F-5-T)로 전환: 첨단산업 분야에 계속 종사하고 1인당 국민총소득 3배 이상의 소득이 있으며, 사회통합프로그램(KIIP) 3단계 이상을 이수했거나 TOPIK 3급 이상인 경우",
		"부모(F-1-15)와 가사보조인(F-1-24) 초청 가능(D-10-T는 제외)",
		"출입국 우대카드: 공항 우대 심사대 이용(E-7-T, F-2-T, F-5-T)",
		"10년간 근로소득세 50% 감면(조세특례제한법 제18조의 요건과 기한에 따름)",
		"자녀의 외국인학교 정원 외 입학",
		"전세대출 한도를 내국인 수준으로 확대",
		"행정 컨시어지 서비스: 공항 입국지원, 외국인등록, 통신·금융 서비스 개설"
	],
	assumptions: [
		"정성평가 트랙과 그 정량 65점·정성 35점 배점, 중소기업 가점, 정부 사업 초빙 연구자 경로는 2026년 7월 2일 언론 보도로만 알려져 있으며, 2026년 9월 K-Tech Pass 사업 개요에는 아직 없습니다.",
		"항목별 배점과 합격 기준은 공개되지 않았습니다. 이 도구의 배점은 보도된 정량 65점·정성 35점과 중소기업 가점 10점에 맞춘 가정입니다.",
		"정성평가 트랙이 F-2-T로 이어진다는 것은 이 도구의 가정입니다. 라목에 따라 산업통상부 장관의 검증과 추천이 필요합니다.",
		"E-7-T도 같은 국민총소득 기준인 52,416,000원으로 판단합니다. 일부 2차 자료는 E-7 임금 요건에 2027년 3월 31일까지 이전 기준(49,955,000원)이 적용된다고 하지만, 하이코리아 공지사항에서는 확인하지 못했습니다.",
		"모든 경로에는 소관 부처의 검증과 추천도 필요하며, 그 결과는 어떤 추정으로도 미리 알 수 없습니다."
	],
	disclaimer: "이 결과는 추정치이며 결정이 아닙니다. K-Tech Pass는 KOTRA가 발급하고, 사증은 법무부가 결정합니다.",
	scope: {
		text: "이 도구는 톱티어(F-2-T, E-7-T, D-10-T)와 K-Tech Pass만 확인합니다. 특정활동(E-7), 구직(D-10), 점수제 우수인재 거주(F-2-7) 등 다른 체류자격이 맞을 수도 있습니다.",
		links: [
			{
				text: "대한민국 비자포털: 사증 종류와 신청 방법"
			},
			{
				text: "하이코리아: 체류민원 자격별 안내 매뉴얼"
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
