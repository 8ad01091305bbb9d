const $schema = "../../../rubric.schema.json";
const id = "e-7-1-2026";
const version = "1.0.0";
const effectiveDate = "2026-02-01";
const reviewDate = "2026-12-31";
const languages = [
	"en"
];
const title = {
	en: "Professional employment visa (E-7-1)"
};
const sources = [
	{
		id: "stay-manual",
		title: {
			en: "Stay manual by status of stay (외국인체류 안내매뉴얼), edition 2026.9, last revised 18 September 2026"
		},
		publisher: {
			en: "Ministry of Justice, Korea Immigration Service (HiKorea)"
		},
		date: "2026-09",
		url: "https://www.hikorea.go.kr/"
	},
	{
		id: "wage-floor-period",
		title: {
			en: "E-7 wage requirement for 2026: KRW 31,120,000 a year for E-7-1, applied from 1 February to 31 December 2026 (Ministry of Justice notice, as reported)"
		},
		publisher: {
			en: "KOWORK (a secondary report of the Ministry of Justice notice)"
		},
		date: "2026-01",
		url: "https://kowork.kr/blog/e7-visa-2026-salary-requirements"
	},
	{
		id: "gni-standard",
		title: {
			en: "GNI per capita for visas: KRW 52,416,000 from 1 April 2026 to 31 March 2027"
		},
		publisher: {
			en: "Ministry of Justice (HiKorea notice)"
		},
		date: "2026-03",
		url: "https://www.hikorea.go.kr/board/BoardNtcDetailR.pt?BBS_GB_CD=BS10&BBS_SEQ=1&NTCCTT_SEQ=1935"
	},
	{
		id: "visa-portal",
		title: {
			en: "Korea Visa Portal: visas and confirmations of visa issuance"
		},
		publisher: {
			en: "Ministry of Justice"
		},
		url: "https://www.visa.go.kr/"
	},
	{
		id: "hikorea",
		title: {
			en: "HiKorea: e-application and visit booking for immigration offices"
		},
		publisher: {
			en: "Ministry of Justice"
		},
		url: "https://www.hikorea.go.kr/"
	}
];
const parameters = [
	{
		id: "wageFloor",
		label: {
			en: "E-7-1 wage floor (annual)"
		},
		value: 31120000,
		unit: "KRW",
		year: 2026,
		validFrom: "2026-02-01",
		validUntil: "2026-12-31",
		sources: [
			"stay-manual",
			"wage-floor-period"
		],
		note: {
			en: "Set by a Ministry of Justice notice once a year; the 2027 figure replaces it, so this rubric is reviewed by 31 December 2026."
		}
	},
	{
		id: "gni",
		label: {
			en: "GNI per capita"
		},
		value: 52416000,
		unit: "KRW",
		year: 2025,
		validFrom: "2026-04-01",
		validUntil: "2027-03-31",
		sources: [
			"gni-standard"
		],
		note: {
			en: "Bank of Korea preliminary figure; the standard changes every 1 April."
		}
	}
];
const total = 0;
const passMark = {
	value: 0
};
const categories = [
	{
		id: "requirements",
		label: {
			en: "Requirements"
		},
		max: 0
	}
];
const steps = [
	{
		id: "offer",
		label: {
			en: "Job offer"
		},
		questions: [
			"jobOffer",
			"salary"
		]
	},
	{
		id: "education",
		label: {
			en: "Education and career"
		},
		questions: [
			"degree",
			"institution",
			"degreeRelated",
			"experience",
			"employer",
			"koreanDegree"
		]
	},
	{
		id: "record",
		label: {
			en: "Record and employer"
		},
		questions: [
			"criminalRecord",
			"immigrationViolation",
			"employerQuota"
		]
	}
];
const questions = [
	{
		id: "jobOffer",
		type: "choice",
		changeable: "offer",
		label: {
			en: "Do you have a job offer from a company or institution in Korea?"
		},
		help: {
			en: "A written offer or an employment contract. Every Top-tier residence route needs an employment contract; the job-seeking tier does not."
		},
		options: [
			{
				id: "yes",
				label: {
					en: "Yes"
				}
			},
			{
				id: "not-yet",
				label: {
					en: "Not yet"
				}
			}
		],
		needs: {
			en: "Needs a job offer from a company or institution in Korea"
		}
	},
	{
		id: "salary",
		type: "number",
		unit: "KRW",
		changeable: "offer",
		askedWhen: {
			question: "jobOffer",
			"in": [
				"yes"
			]
		},
		label: {
			en: "Annual salary offered in Korea (KRW)"
		},
		help: {
			en: "Gross yearly salary in Korean won, as in your offer."
		},
		sources: [
			"stay-manual",
			"wage-floor-period"
		]
	},
	{
		id: "degree",
		type: "choice",
		changeable: "no",
		label: {
			en: "Your highest degree"
		},
		options: [
			{
				id: "doctorate",
				label: {
					en: "Doctorate (PhD or equivalent)"
				}
			},
			{
				id: "masters",
				label: {
					en: "Master's degree"
				}
			},
			{
				id: "bachelors",
				label: {
					en: "Bachelor's degree"
				}
			},
			{
				id: "none",
				label: {
					en: "No university degree"
				}
			}
		]
	},
	{
		id: "institution",
		type: "choice",
		changeable: "no",
		askedWhen: {
			question: "degree",
			"in": [
				"doctorate",
				"masters",
				"bachelors"
			]
		},
		label: {
			en: "Is one of your degrees from a world top-100 university?"
		},
		help: {
			en: "Ranked in the last 5 years in any of: QS World University Rankings (overall, or Engineering and Technology), Times Higher Education (overall, or Engineering), U.S. News Best Global Universities (overall, or Engineering)."
		},
		options: [
			{
				id: "top100",
				label: {
					en: "Yes, in the top 100"
				}
			},
			{
				id: "top500",
				label: {
					en: "No, but in the top 500"
				}
			},
			{
				id: "other",
				label: {
					en: "No"
				}
			}
		],
		assumption: {
			en: "World top 100 or top 500 is read as the manual's THE top 200 or QS top 500 (any year of the last three). A top-500 university in another ranking may not count."
		}
	},
	{
		id: "degreeRelated",
		type: "choice",
		label: {
			en: "Is your degree in a field related to the job?"
		},
		fact: true,
		changeable: "offer",
		askedWhen: {
			question: "degree",
			"in": [
				"doctorate",
				"masters",
				"bachelors"
			]
		},
		options: [
			{
				id: "yes",
				label: {
					en: "Yes"
				}
			},
			{
				id: "no",
				label: {
					en: "No"
				}
			}
		],
		sources: [
			"stay-manual"
		]
	},
	{
		id: "experience",
		type: "number",
		unit: "years",
		maximum: 60,
		changeable: "time",
		label: {
			en: "Years of work in your field, research included"
		},
		help: {
			en: "Full-time, in total. Half years count, e.g. 7.5."
		},
		assumption: {
			en: "Counted as related experience after your degree; in IT, bio and nano fields internships before graduation also count."
		},
		sources: [
			"stay-manual"
		]
	},
	{
		id: "employer",
		type: "multi",
		changeable: "no",
		label: {
			en: "Where have you worked for at least 3 years? Choose all that apply."
		},
		help: {
			en: "A world-class company's research lab counts as both."
		},
		options: [
			{
				id: "global500",
				label: {
					en: "A world-class company"
				},
				help: {
					en: "Listed in the last 3 years in the Forbes Global 2000 (top 500), TIME100 Most Influential Companies or Fortune Global 500."
				}
			},
			{
				id: "top-institute",
				label: {
					en: "A world-class research institute"
				},
				help: {
					en: "A research institute of a world top-100 university, a research lab of a world top-500 company, or a government-led research institute."
				}
			},
			{
				id: "large",
				label: {
					en: "Another large or listed company"
				}
			},
			{
				id: "other",
				label: {
					en: "None of these"
				},
				exclusive: true,
				replaces: [
					"none"
				]
			}
		],
		assumption: {
			en: "A world-class company here is read as the manual's \"global top 500 company\" for the 1-year rule."
		},
		sources: [
			"stay-manual"
		]
	},
	{
		id: "koreanDegree",
		type: "choice",
		label: {
			en: "Your highest degree from a university or college in Korea"
		},
		help: {
			en: "Online, cyber and credit-bank degrees do not count."
		},
		fact: true,
		changeable: "no",
		options: [
			{
				id: "doctorate",
				label: {
					en: "Doctorate"
				}
			},
			{
				id: "masters",
				label: {
					en: "Master's degree"
				}
			},
			{
				id: "bachelors",
				label: {
					en: "Bachelor's degree"
				}
			},
			{
				id: "associate",
				label: {
					en: "Associate degree (two- or three-year college)"
				}
			},
			{
				id: "none",
				label: {
					en: "None"
				}
			}
		],
		sources: [
			"stay-manual"
		]
	},
	{
		id: "criminalRecord",
		type: "choice",
		label: {
			en: "Criminal record, in Korea or abroad"
		},
		help: {
			en: "Counting fines and sentences, suspended ones included."
		},
		assumedAnswer: "none",
		changeable: "no",
		sources: [
			"stay-manual"
		],
		options: [
			{
				id: "none",
				label: {
					en: "None"
				}
			},
			{
				id: "fine-under-2m",
				label: {
					en: "A fine under KRW 2,000,000"
				}
			},
			{
				id: "fine-2m-3m",
				label: {
					en: "A fine of KRW 2,000,000 to 2,999,999"
				}
			},
			{
				id: "fine-3m-plus",
				label: {
					en: "A fine of KRW 3,000,000 or more over 3 years ago, or a heavier sentence over 5 years ago"
				}
			},
			{
				id: "disqualifying",
				label: {
					en: "A fine of KRW 3,000,000 or more in the last 3 years, or a prison sentence in the last 5 years"
				}
			}
		],
		assumption: {
			en: "Not asked: counted as none. The E-7 pages set no points for a record; the general limits on stay permits apply."
		}
	},
	{
		id: "immigrationViolation",
		type: "choice",
		label: {
			en: "Immigration Act penalties"
		},
		help: {
			en: "Penalties (범칙금) paid in the last 3 years, and departure orders or deportations in the last 5."
		},
		assumedAnswer: "none",
		changeable: "no",
		sources: [
			"stay-manual"
		],
		options: [
			{
				id: "none",
				label: {
					en: "None"
				}
			},
			{
				id: "fine-500k-1m",
				label: {
					en: "KRW 500,000 to 999,999 in penalties"
				}
			},
			{
				id: "fine-1m-3m",
				label: {
					en: "KRW 1,000,000 to 2,999,999 in penalties"
				}
			},
			{
				id: "fine-3m-plus",
				label: {
					en: "KRW 3,000,000 or more in penalties, or a departure order or deportation"
				}
			},
			{
				id: "disqualifying",
				label: {
					en: "Penalties of KRW 5,000,000 or more in the last 3 years"
				}
			}
		],
		assumption: {
			en: "Not asked: counted as none."
		}
	},
	{
		id: "employerQuota",
		type: "choice",
		label: {
			en: "Does the employer keep within the limit on foreign staff?"
		},
		help: {
			en: "For some jobs (web developers among them) E-7 staff may be at most 20% of the employer's Korean staff (50% for advanced-industry firms recommended by KOTRA)."
		},
		assumption: {
			en: "Not asked: counted as within. Most professional jobs are exempt; the employer can tell."
		},
		assumedAnswer: "within",
		changeable: "offer",
		sources: [
			"stay-manual"
		],
		options: [
			{
				id: "within",
				label: {
					en: "Within the limit, or the limit does not apply"
				}
			},
			{
				id: "over",
				label: {
					en: "Over the limit"
				}
			}
		]
	}
];
const pathways = [
	{
		id: "relatedMasters",
		label: {
			en: "Related master's degree"
		},
		description: {
			en: "A master's degree or doctorate related to the job, and the 2026 wage floor."
		},
		status: {
			en: "Professional employment visa (E-7-1)"
		},
		basis: {
			en: "General requirement: a related master's degree or higher"
		},
		sources: [
			"stay-manual",
			"wage-floor-period"
		],
		next: [
			{
				text: {
					en: "Your employer applies. From abroad: it asks for a confirmation of visa issuance (사증발급인정서) on the Korea Visa Portal, and you collect the visa at a Korean consulate or use the e-visa."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "Already in Korea: you apply to change your status at your immigration office; book a visit on HiKorea. A change is not possible from B, C, D-3, E-8, E-9, E-10 or G-1."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 1,
					times: "wageFloor"
				},
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
							question: "degreeRelated",
							"in": [
								"yes"
							]
						}
					]
				},
				{
					all: [
						{
							question: "criminalRecord",
							"in": [
								"none",
								"fine-under-2m",
								"fine-2m-3m",
								"fine-3m-plus"
							]
						},
						{
							question: "immigrationViolation",
							"in": [
								"none",
								"fine-500k-1m",
								"fine-1m-3m",
								"fine-3m-plus"
							]
						}
					]
				},
				{
					question: "employerQuota",
					"in": [
						"within"
					]
				}
			]
		}
	},
	{
		id: "bachelorsAndYear",
		label: {
			en: "Bachelor's + 1 year"
		},
		description: {
			en: "A related bachelor's degree, 1 year of related experience after it, and the 2026 wage floor."
		},
		status: {
			en: "Professional employment visa (E-7-1)"
		},
		basis: {
			en: "General requirement: a related bachelor's degree and 1 year of related experience"
		},
		sources: [
			"stay-manual",
			"wage-floor-period"
		],
		next: [
			{
				text: {
					en: "Your employer applies. From abroad: it asks for a confirmation of visa issuance (사증발급인정서) on the Korea Visa Portal, and you collect the visa at a Korean consulate or use the e-visa."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "Already in Korea: you apply to change your status at your immigration office; book a visit on HiKorea. A change is not possible from B, C, D-3, E-8, E-9, E-10 or G-1."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 1,
					times: "wageFloor"
				},
				{
					all: [
						{
							question: "degree",
							"in": [
								"doctorate",
								"masters",
								"bachelors"
							]
						},
						{
							question: "degreeRelated",
							"in": [
								"yes"
							]
						},
						{
							question: "experience",
							atLeast: 1
						}
					]
				},
				{
					all: [
						{
							question: "criminalRecord",
							"in": [
								"none",
								"fine-under-2m",
								"fine-2m-3m",
								"fine-3m-plus"
							]
						},
						{
							question: "immigrationViolation",
							"in": [
								"none",
								"fine-500k-1m",
								"fine-1m-3m",
								"fine-3m-plus"
							]
						}
					]
				},
				{
					question: "employerQuota",
					"in": [
						"within"
					]
				}
			]
		}
	},
	{
		id: "fiveYears",
		label: {
			en: "5 years of experience"
		},
		description: {
			en: "5 years of related experience, and the 2026 wage floor."
		},
		status: {
			en: "Professional employment visa (E-7-1)"
		},
		basis: {
			en: "General requirement: 5 years of related experience"
		},
		sources: [
			"stay-manual",
			"wage-floor-period"
		],
		next: [
			{
				text: {
					en: "Your employer applies. From abroad: it asks for a confirmation of visa issuance (사증발급인정서) on the Korea Visa Portal, and you collect the visa at a Korean consulate or use the e-visa."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "Already in Korea: you apply to change your status at your immigration office; book a visit on HiKorea. A change is not possible from B, C, D-3, E-8, E-9, E-10 or G-1."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 1,
					times: "wageFloor"
				},
				{
					question: "experience",
					atLeast: 5
				},
				{
					all: [
						{
							question: "criminalRecord",
							"in": [
								"none",
								"fine-under-2m",
								"fine-2m-3m",
								"fine-3m-plus"
							]
						},
						{
							question: "immigrationViolation",
							"in": [
								"none",
								"fine-500k-1m",
								"fine-1m-3m",
								"fine-3m-plus"
							]
						}
					]
				},
				{
					question: "employerQuota",
					"in": [
						"within"
					]
				}
			]
		}
	},
	{
		id: "topUniversity",
		label: {
			en: "Top university"
		},
		description: {
			en: "A related bachelor's degree or higher from a THE top 200 or QS top 500 university: no experience needed."
		},
		status: {
			en: "Professional employment visa (E-7-1)"
		},
		basis: {
			en: "Special requirement: a THE top 200 or QS top 500 graduate, experience waived"
		},
		sources: [
			"stay-manual",
			"wage-floor-period"
		],
		next: [
			{
				text: {
					en: "Your employer applies. From abroad: it asks for a confirmation of visa issuance (사증발급인정서) on the Korea Visa Portal, and you collect the visa at a Korean consulate or use the e-visa."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "Already in Korea: you apply to change your status at your immigration office; book a visit on HiKorea. A change is not possible from B, C, D-3, E-8, E-9, E-10 or G-1."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 1,
					times: "wageFloor"
				},
				{
					all: [
						{
							question: "institution",
							"in": [
								"top100",
								"top500"
							]
						},
						{
							question: "degreeRelated",
							"in": [
								"yes"
							]
						}
					]
				},
				{
					all: [
						{
							question: "criminalRecord",
							"in": [
								"none",
								"fine-under-2m",
								"fine-2m-3m",
								"fine-3m-plus"
							]
						},
						{
							question: "immigrationViolation",
							"in": [
								"none",
								"fine-500k-1m",
								"fine-1m-3m",
								"fine-3m-plus"
							]
						}
					]
				},
				{
					question: "employerQuota",
					"in": [
						"within"
					]
				}
			]
		}
	},
	{
		id: "koreanDegree",
		label: {
			en: "Degree from a Korean university"
		},
		description: {
			en: "A bachelor's degree or higher from a Korean university, in any field: no experience needed."
		},
		status: {
			en: "Professional employment visa (E-7-1)"
		},
		basis: {
			en: "Special requirement: a Korean bachelor's degree or higher, any occupation"
		},
		sources: [
			"stay-manual",
			"wage-floor-period"
		],
		next: [
			{
				text: {
					en: "Your employer applies. From abroad: it asks for a confirmation of visa issuance (사증발급인정서) on the Korea Visa Portal, and you collect the visa at a Korean consulate or use the e-visa."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "Already in Korea: you apply to change your status at your immigration office; book a visit on HiKorea. A change is not possible from B, C, D-3, E-8, E-9, E-10 or G-1."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 1,
					times: "wageFloor"
				},
				{
					question: "koreanDegree",
					"in": [
						"doctorate",
						"masters",
						"bachelors"
					]
				},
				{
					all: [
						{
							question: "criminalRecord",
							"in": [
								"none",
								"fine-under-2m",
								"fine-2m-3m",
								"fine-3m-plus"
							]
						},
						{
							question: "immigrationViolation",
							"in": [
								"none",
								"fine-500k-1m",
								"fine-1m-3m",
								"fine-3m-plus"
							]
						}
					]
				},
				{
					question: "employerQuota",
					"in": [
						"within"
					]
				}
			]
		}
	},
	{
		id: "globalCompany",
		label: {
			en: "World-class company"
		},
		description: {
			en: "1 year or more in a professional job at a global top-500 company."
		},
		status: {
			en: "Professional employment visa (E-7-1)"
		},
		basis: {
			en: "Special requirement: 1 year at a global top-500 company"
		},
		sources: [
			"stay-manual",
			"wage-floor-period"
		],
		next: [
			{
				text: {
					en: "Your employer applies. From abroad: it asks for a confirmation of visa issuance (사증발급인정서) on the Korea Visa Portal, and you collect the visa at a Korean consulate or use the e-visa."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "Already in Korea: you apply to change your status at your immigration office; book a visit on HiKorea. A change is not possible from B, C, D-3, E-8, E-9, E-10 or G-1."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 1,
					times: "wageFloor"
				},
				{
					question: "employer",
					includes: [
						"global500"
					]
				},
				{
					all: [
						{
							question: "criminalRecord",
							"in": [
								"none",
								"fine-under-2m",
								"fine-2m-3m",
								"fine-3m-plus"
							]
						},
						{
							question: "immigrationViolation",
							"in": [
								"none",
								"fine-500k-1m",
								"fine-1m-3m",
								"fine-3m-plus"
							]
						}
					]
				},
				{
					question: "employerQuota",
					"in": [
						"within"
					]
				}
			]
		}
	},
	{
		id: "highIncome",
		label: {
			en: "Pay of 3× GNI"
		},
		description: {
			en: "Pay of at least 3× GNI per capita: no education or experience needed."
		},
		status: {
			en: "Professional employment visa (E-7-1)"
		},
		basis: {
			en: "Special requirement: a high-income professional (3× GNI), education and experience waived"
		},
		sources: [
			"stay-manual",
			"wage-floor-period",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer applies. From abroad: it asks for a confirmation of visa issuance (사증발급인정서) on the Korea Visa Portal, and you collect the visa at a Korean consulate or use the e-visa."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "Already in Korea: you apply to change your status at your immigration office; book a visit on HiKorea. A change is not possible from B, C, D-3, E-8, E-9, E-10 or G-1."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
				{
					question: "salary",
					atLeast: 1,
					times: "wageFloor"
				},
				{
					question: "salary",
					atLeast: 3,
					times: "gni"
				},
				{
					all: [
						{
							question: "criminalRecord",
							"in": [
								"none",
								"fine-under-2m",
								"fine-2m-3m",
								"fine-3m-plus"
							]
						},
						{
							question: "immigrationViolation",
							"in": [
								"none",
								"fine-500k-1m",
								"fine-1m-3m",
								"fine-3m-plus"
							]
						}
					]
				},
				{
					question: "employerQuota",
					"in": [
						"within"
					]
				}
			]
		}
	}
];
const benefits = [
	{
		en: "Work for the employer named in your visa, for up to 3 years a grant, renewable"
	},
	{
		en: "Your spouse and children may join you (F-3)"
	},
	{
		en: "Time on E-7-1 counts towards points-based residence (F-2-7)"
	}
];
const benefitSources = [
	"stay-manual"
];
const assumptions = [
	{
		en: "The 2026 wage floor of KRW 31,120,000 is in the stay manual; the period it applies (1 February to 31 December 2026) is from a secondary report of the Ministry's notice. The floor changes every year: this rubric is reviewed by 31 December 2026."
	},
	{
		en: "The high-income rule (3× GNI) is checked against KRW 52,416,000, so KRW 157,248,000. Secondary sources say E-7 keeps the previous figure (KRW 49,955,000, so KRW 149,865,000) until 31 March 2027; we could not verify it in the HiKorea notice."
	},
	{
		en: "Some occupations set their own wage rule (80% of GNI, or 70% at small firms for up to 3 years); software developers (KSCO 2222, 2223, 2224) use the general floor. Pay must also meet the hourly and monthly minimum wage."
	},
	{
		en: "Not asked, and also required: no disqualifying criminal record or immigration violations, the employer's limit on foreign staff where it applies, the employer's tax and business checks, and a job on the list of E-7-1 occupations."
	},
	{
		en: "Special requirements that need a recommendation (a ministry's recommendation at 1.5× GNI) or a programme (D-10-3 interns, Asian STEM graduates, promising young talent), and a related Korean associate degree, are not checked here."
	}
];
const disclaimer = {
	en: "This is an estimate, not a decision. The Ministry of Justice decides the visa, on the employer's application."
};
var e71 = {
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

export { $schema, assumptions, benefitSources, benefits, categories, e71 as default, disclaimer, effectiveDate, id, languages, parameters, passMark, pathways, questions, reviewDate, sources, steps, title, total, version };
