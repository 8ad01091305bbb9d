const $schema = "../../rubric.schema.json";
const id = "ktech-pass-2026-07";
const version = "1.0.0";
const effectiveDate = "2026-07-02";
const languages = [
	"en",
	"ko"
];
const title = {
	en: "K-Tech Pass and F-2-T Top-tier visa self-assessment",
	ko: "K-테크 패스 및 F-2-T 최우수인재 비자 자가 진단"
};
const sources = [
	{
		id: "moj-2025",
		title: {
			en: "Top-tier visa (F-2-T) and K-Tech Pass criteria",
			ko: "최우수인재(F-2-T) 비자 및 K-테크 패스 요건"
		},
		publisher: {
			en: "Ministry of Justice (korea.net)",
			ko: "법무부(korea.net)"
		},
		date: "2025-04",
		url: "https://www.korea.net/"
	},
	{
		id: "motie-2026",
		title: {
			en: "K-Tech Pass qualitative track: 65 + 35 points, SME bonus, programme scholars, no TOPIK",
			ko: "K-테크 패스 정성평가 트랙: 정량 65점·정성 35점, 중소기업 가점, 정부 사업 연구자, TOPIK 폐지"
		},
		publisher: {
			en: "MOTIE and Ministry of Justice",
			ko: "산업통상자원부·법무부"
		},
		date: "2026-07-02"
	},
	{
		id: "bok-2025",
		title: {
			en: "GNI per capita 2024 (preliminary): KRW 49,955,000",
			ko: "2024년 1인당 국민총소득(잠정): 4,995만 5천 원"
		},
		publisher: {
			en: "Bank of Korea",
			ko: "한국은행"
		},
		date: "2025-03",
		url: "https://ecos.bok.or.kr/"
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
		value: 49955000,
		unit: "KRW",
		year: 2024,
		source: "bok-2025",
		note: {
			en: "Used by the published 3x and 4x thresholds. 2025 (preliminary): about KRW 52,420,000.",
			ko: "공표된 3배·4배 기준에 쓰인 수치입니다. 2025년 잠정치는 약 5,242만 원입니다."
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
			"employer",
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
			en: "In the QS World University Rankings or U.S. News Best Global Universities.",
			ko: "QS 세계대학순위 또는 U.S. News 세계 대학 순위 기준입니다."
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
		}
	},
	{
		id: "experience",
		type: "number",
		unit: "years",
		category: "quantitative",
		max: 10,
		maximum: 60,
		label: {
			en: "Years of professional or post-doctoral research experience",
			ko: "실무 또는 박사후 연구 경력(년)"
		},
		help: {
			en: "Full-time experience in your field after your first degree. Half years count, e.g. 7.5.",
			ko: "첫 학위 취득 이후 해당 분야의 전일제 경력입니다. 7.5처럼 반년 단위도 입력할 수 있습니다."
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
					en: "A global top-500 company (e.g. Fortune Global 500)",
					ko: "세계 500대 기업(예: 포춘 글로벌 500)"
				},
				points: 10
			},
			{
				id: "top-institute",
				label: {
					en: "A top global research institute, as a researcher",
					ko: "세계 최고 수준 연구기관(연구원으로 근무)"
				},
				points: 10
			},
			{
				id: "large",
				label: {
					en: "Another large or listed company, or a national research institute",
					ko: "그 밖의 대기업·상장기업 또는 국책 연구기관"
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
		}
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
			en: "Points per band are assumed; the 3x and 4x thresholds are published.",
			ko: "구간별 배점은 추정치이며, 3배·4배 기준은 공표된 기준입니다."
		}
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
			en: "Korea's 12 national strategic technologies score highest.",
			ko: "12대 국가전략기술 분야가 가장 높은 점수를 받습니다."
		},
		options: [
			{
				id: "semiconductors-displays",
				label: {
					en: "Semiconductors and displays",
					ko: "반도체·디스플레이"
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
				id: "advanced-mobility",
				label: {
					en: "Advanced mobility",
					ko: "첨단 모빌리티"
				},
				points: 10
			},
			{
				id: "next-gen-nuclear",
				label: {
					en: "Next-generation nuclear energy",
					ko: "차세대 원자력"
				},
				points: 10
			},
			{
				id: "advanced-biotech",
				label: {
					en: "Advanced biotechnology",
					ko: "첨단 바이오"
				},
				points: 10
			},
			{
				id: "aerospace-marine",
				label: {
					en: "Aerospace and marine",
					ko: "우주항공·해양"
				},
				points: 10
			},
			{
				id: "hydrogen",
				label: {
					en: "Hydrogen",
					ko: "수소"
				},
				points: 10
			},
			{
				id: "cybersecurity",
				label: {
					en: "Cybersecurity",
					ko: "사이버보안"
				},
				points: 10
			},
			{
				id: "ai",
				label: {
					en: "Artificial intelligence",
					ko: "인공지능"
				},
				points: 10
			},
			{
				id: "next-gen-communications",
				label: {
					en: "Next-generation communications",
					ko: "차세대 통신"
				},
				points: 10
			},
			{
				id: "advanced-robotics-manufacturing",
				label: {
					en: "Advanced robotics and manufacturing",
					ko: "첨단 로봇·제조"
				},
				points: 10
			},
			{
				id: "quantum",
				label: {
					en: "Quantum",
					ko: "양자"
				},
				points: 10
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
		}
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
		]
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
		]
	}
];
const pathways = [
	{
		id: "legacy",
		label: {
			en: "Original K-Tech Pass criteria (since April 2025)",
			ko: "기존 K-테크 패스 기준(2025년 4월부터)"
		},
		description: {
			en: "A master's or doctorate from a world top-100 university, long experience at a global top-500 company or top institute, and a salary of 3x GNI per capita; or a salary of 4x GNI per capita alone.",
			ko: "세계 100위 이내 대학의 석사 이상 학위, 세계 500대 기업 또는 최고 연구기관 장기 경력, 1인당 국민총소득 3배 이상 연봉을 모두 갖추거나, 연봉이 4배 이상인 경우입니다."
		},
		when: {
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
											question: "experience",
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
						}
					]
				},
				{
					question: "salary",
					atLeast: 4,
					times: "gni"
				}
			]
		}
	},
	{
		id: "qualitative",
		label: {
			en: "Qualitative track (since July 2026)",
			ko: "정성평가 트랙(2026년 7월부터)"
		},
		description: {
			en: "Your points, including any SME bonus, reach the pass mark.",
			ko: "중소기업 가점을 포함한 점수가 합격 기준 점수 이상입니다."
		},
		when: {
			score: "total",
			atLeast: "passMark"
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
		when: {
			question: "governmentProgramme",
			"in": [
				"mohw",
				"kasa"
			]
		}
	}
];
const benefits = [
	{
		en: "Online visa processing within about two weeks",
		ko: "약 2주 이내 온라인 비자 심사"
	},
	{
		en: "Permanent residency possible after 3 years",
		ko: "3년 후 영주권 신청 가능"
	},
	{
		en: "Your spouse may work in Korea",
		ko: "배우자 취업 허용"
	},
	{
		en: "Extended family may live with you",
		ko: "확대 가족 동반 거주 가능"
	},
	{
		en: "50% income-tax reduction for up to 10 years",
		ko: "최대 10년간 소득세 50% 감면"
	},
	{
		en: "Housing loans at domestic rates",
		ko: "내국인과 같은 조건의 주택 대출"
	},
	{
		en: "Children admitted to international schools",
		ko: "자녀의 외국인학교 입학 허용"
	}
];
const assumptions = [
	{
		en: "Item-level points are not public: every item's points here are assumptions that add up to the published totals.",
		ko: "항목별 공식 배점은 공개되지 않았습니다. 여기 나온 배점은 공표된 총점에 맞춘 추정치입니다."
	}
];
const disclaimer = {
	en: "This is an estimate, not a government decision. Only the Ministry of Justice and KOTRA decide who receives a K-Tech Pass or an F-2-T visa.",
	ko: "이 결과는 추정치이며 정부의 결정이 아닙니다. K-테크 패스와 F-2-T 비자 발급 여부는 법무부와 KOTRA만이 결정합니다."
};
var json = {
	$schema: $schema,
	id: id,
	version: version,
	effectiveDate: effectiveDate,
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
	assumptions: assumptions,
	disclaimer: disclaimer
};

export { $schema, assumptions, benefits, categories, json as default, disclaimer, effectiveDate, id, languages, parameters, passMark, pathways, questions, sources, steps, title, total, version };
