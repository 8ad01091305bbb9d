const $schema = "../../../rubric.schema.json";
const id = "f-2-7-2026";
const version = "1.0.0";
const effectiveDate = "2026-04-14";
const reviewDate = "2026-12-31";
const languages = [
	"en"
];
const title = {
	en: "Points-based residence (F-2-7)"
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
	},
	{
		id: "minimumWage",
		label: {
			en: "Minimum wage for a year (2026)"
		},
		value: 25882560,
		unit: "KRW",
		year: 2026,
		validFrom: "2026-01-01",
		validUntil: "2026-12-31",
		sources: [
			"stay-manual"
		],
		note: {
			en: "KRW 2,156,880 a month × 12; it changes every 1 January. The lowest income band starts here."
		}
	}
];
const total = 130;
const passMark = {
	value: 80
};
const categories = [
	{
		id: "common",
		label: {
			en: "Common items"
		},
		max: 130
	},
	{
		id: "bonus",
		label: {
			en: "Bonus points"
		},
		max: 40,
		bonus: true,
		capped: true
	},
	{
		id: "deductions",
		label: {
			en: "Deductions"
		},
		max: 0,
		min: -70
	}
];
const steps = [
	{
		id: "you",
		label: {
			en: "About you"
		},
		questions: [
			"age",
			"inKorea",
			"currentStatus",
			"yearsInKorea",
			"incomeKorea",
			"jobOffer",
			"salary",
			"listedEmployer",
			"field"
		]
	},
	{
		id: "education",
		label: {
			en: "Education and Korean"
		},
		questions: [
			"degree",
			"institution",
			"stemDegree",
			"koreanDegree",
			"koreanGraduation",
			"koreanLevel",
			"kiipLevel5"
		]
	},
	{
		id: "more",
		label: {
			en: "Recommendations, volunteering and record"
		},
		questions: [
			"koreanWarTalent",
			"ministryRecommendation",
			"volunteering",
			"criminalRecord",
			"immigrationViolation"
		]
	}
];
const questions = [
	{
		id: "age",
		type: "number",
		label: {
			en: "Your age"
		},
		help: {
			en: "In full years (international age)."
		},
		unit: "age",
		maximum: 120,
		changeable: "time",
		category: "common",
		bands: [
			{
				atLeast: 0,
				points: 0
			},
			{
				atLeast: 18,
				points: 23
			},
			{
				atLeast: 25,
				points: 25
			},
			{
				atLeast: 30,
				points: 23
			},
			{
				atLeast: 35,
				points: 20
			},
			{
				atLeast: 40,
				points: 12
			},
			{
				atLeast: 45,
				points: 8
			},
			{
				atLeast: 51,
				points: 3
			}
		],
		sources: [
			"stay-manual"
		],
		assumption: {
			en: "Your age today; the table uses your age on the day you apply. Under 18 is not in the table: 0 points."
		}
	},
	{
		id: "inKorea",
		type: "choice",
		changeable: "no",
		label: {
			en: "Are you in Korea now, on a visa that lets you stay?"
		},
		help: {
			en: "Then you change your status in Korea instead of applying for a new visa abroad."
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
		]
	},
	{
		id: "currentStatus",
		type: "choice",
		label: {
			en: "Your status of stay in Korea now"
		},
		askedWhen: {
			question: "inKorea",
			"in": [
				"yes"
			]
		},
		changeable: "action",
		options: [
			{
				id: "professional",
				label: {
					en: "A professional status: E-1 to E-7-1, or D-5 to D-9"
				},
				help: {
					en: "Not E-6-2, E-7-2, E-7-3 or E-7-4."
				}
			},
			{
				id: "student",
				label: {
					en: "Student (D-2) or job seeker (D-10)"
				}
			},
			{
				id: "visitor",
				label: {
					en: "A short stay: B-1, B-2, C-1, C-3 or C-4"
				}
			},
			{
				id: "worker-trainee",
				label: {
					en: "D-3, E-9, E-10 or G-1"
				}
			},
			{
				id: "other",
				label: {
					en: "Another status"
				}
			}
		]
	},
	{
		id: "yearsInKorea",
		type: "number",
		label: {
			en: "Years of continuous stay in Korea on a professional status"
		},
		help: {
			en: "On E-1 to E-7-1 or D-5 to D-9. Half years count, e.g. 2.5."
		},
		unit: "years",
		maximum: 60,
		changeable: "time",
		askedWhen: {
			question: "currentStatus",
			"in": [
				"professional"
			]
		},
		sources: [
			"stay-manual"
		]
	},
	{
		id: "incomeKorea",
		type: "number",
		label: {
			en: "Your taxable income in Korea last year (KRW)"
		},
		help: {
			en: "As on your income certificate (소득금액증명) from the tax office; 0 if you have none."
		},
		assumption: {
			en: "The lowest band starts at the 2026 minimum wage for a year, KRW 25,882,560; which year's minimum wage applies is not stated. Without a Korean income certificate this item scores 0, except for new hires of listed companies."
		},
		unit: "KRW",
		changeable: "time",
		category: "common",
		askedWhen: {
			question: "inKorea",
			"in": [
				"yes"
			]
		},
		sources: [
			"stay-manual"
		],
		bands: [
			{
				atLeast: 25882560,
				points: 10
			},
			{
				atLeast: 30000000,
				points: 30
			},
			{
				atLeast: 40000000,
				points: 40
			},
			{
				atLeast: 50000000,
				points: 45
			},
			{
				atLeast: 60000000,
				points: 50
			},
			{
				atLeast: 70000000,
				points: 53
			},
			{
				atLeast: 80000000,
				points: 56
			},
			{
				atLeast: 90000000,
				points: 58
			},
			{
				atLeast: 100000000,
				points: 60
			}
		]
	},
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
			"gni-standard"
		]
	},
	{
		id: "listedEmployer",
		type: "choice",
		label: {
			en: "Is the employer listed on the KOSPI or KOSDAQ stock market?"
		},
		askedWhen: {
			question: "jobOffer",
			"in": [
				"yes"
			]
		},
		changeable: "offer",
		sources: [
			"stay-manual"
		],
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
					en: "No or not sure"
				}
			}
		]
	},
	{
		id: "field",
		type: "choice",
		changeable: "no",
		label: {
			en: "Which field is your work in?"
		},
		help: {
			en: "Each of the eight national advanced strategic industries counts only within the scope the Top-tier guideline lists (annex 2)."
		},
		options: [
			{
				id: "semiconductors",
				label: {
					en: "Semiconductors"
				},
				help: {
					en: "Within the technologies annex 2 of the Top-tier guideline lists for semiconductors."
				}
			},
			{
				id: "secondary-batteries",
				label: {
					en: "Secondary batteries"
				},
				help: {
					en: "Within the technologies annex 2 of the Top-tier guideline lists for secondary batteries."
				}
			},
			{
				id: "displays",
				label: {
					en: "Displays"
				},
				help: {
					en: "Within the technologies annex 2 of the Top-tier guideline lists for displays."
				}
			},
			{
				id: "biotech",
				label: {
					en: "Biotechnology"
				},
				help: {
					en: "Biopharmaceuticals and organoid regenerative therapies."
				}
			},
			{
				id: "robotics",
				label: {
					en: "Robotics"
				},
				help: {
					en: "Humanoids and related technology."
				}
			},
			{
				id: "defense",
				label: {
					en: "Defence"
				},
				help: {
					en: "Aero gas-turbine engines of 15,000 lbf class and above, and their core materials, parts and equipment."
				}
			},
			{
				id: "ai",
				label: {
					en: "Artificial intelligence (AI)"
				},
				help: {
					en: "Within the technologies annex 2 of the Top-tier guideline lists for artificial intelligence."
				}
			},
			{
				id: "advanced-mobility",
				label: {
					en: "Advanced mobility"
				},
				help: {
					en: "Future cars, eco-friendly or autonomous ships, drones."
				}
			},
			{
				id: "other-strategic",
				label: {
					en: "Another national strategic technology"
				},
				help: {
					en: "Quantum, hydrogen, next-generation nuclear, aerospace, cybersecurity, next-generation communications."
				}
			},
			{
				id: "stem",
				label: {
					en: "Another science or technology field (STEM)"
				},
				help: {
					en: "Any field of science or engineering: from mechanical, electrical or civil engineering to mathematics, physics, chemistry, life sciences, medicine and brain science."
				},
				replaces: [
					"other-tech"
				]
			},
			{
				id: "non-tech",
				label: {
					en: "Not a science or technology field"
				}
			}
		],
		assumption: {
			en: "Every technology field is read as within the industry ministry's list of advanced technologies and products; the list itself is narrower and names products."
		}
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
				},
				points: 20
			},
			{
				id: "masters",
				label: {
					en: "Master's degree"
				},
				points: 17
			},
			{
				id: "bachelors",
				label: {
					en: "Bachelor's degree"
				},
				points: 15
			},
			{
				id: "none",
				label: {
					en: "No university degree"
				},
				points: 0
			}
		],
		category: "common",
		sources: [
			"stay-manual"
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
				},
				pointsWhen: [
					{
						when: {
							question: "degree",
							"in": [
								"doctorate"
							]
						},
						points: 30
					},
					{
						when: {
							question: "degree",
							"in": [
								"masters"
							]
						},
						points: 20
					},
					{
						when: {
							question: "degree",
							"in": [
								"bachelors"
							]
						},
						points: 15
					}
				],
				points: 0
			},
			{
				id: "top500",
				label: {
					en: "No, but in the top 500"
				},
				pointsWhen: [
					{
						when: {
							question: "degree",
							"in": [
								"doctorate"
							]
						},
						points: 30
					},
					{
						when: {
							question: "degree",
							"in": [
								"masters"
							]
						},
						points: 20
					},
					{
						when: {
							question: "degree",
							"in": [
								"bachelors"
							]
						},
						points: 15
					}
				],
				points: 0
			},
			{
				id: "other",
				label: {
					en: "No"
				},
				points: 0
			}
		],
		category: "bonus",
		assumption: {
			en: "World top 100 or top 500 is read as the manual's QS top 500 or THE top 200 (in any of the last 5 years). A top-500 university in another ranking may not count."
		},
		sources: [
			"stay-manual"
		]
	},
	{
		id: "stemDegree",
		type: "choice",
		label: {
			en: "Is your degree in science, technology, engineering or mathematics (STEM)?"
		},
		fact: true,
		changeable: "no",
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
				},
				points: 0,
				pointsWhen: [
					{
						when: {
							question: "degree",
							"in": [
								"doctorate"
							]
						},
						points: 5
					},
					{
						when: {
							question: "degree",
							"in": [
								"masters"
							]
						},
						points: 3
					},
					{
						when: {
							question: "degree",
							"in": [
								"bachelors"
							]
						},
						points: 2
					}
				]
			},
			{
				id: "no",
				label: {
					en: "No"
				},
				points: 0
			}
		],
		category: "common",
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
				},
				points: 10
			},
			{
				id: "masters",
				label: {
					en: "Master's degree"
				},
				points: 7
			},
			{
				id: "bachelors",
				label: {
					en: "Bachelor's degree"
				},
				points: 5
			},
			{
				id: "associate",
				label: {
					en: "Associate degree (two- or three-year college)"
				},
				points: 0
			},
			{
				id: "none",
				label: {
					en: "None"
				},
				points: 0
			}
		],
		category: "bonus",
		sources: [
			"stay-manual"
		],
		assumption: {
			en: "The manual does not say whether this bonus adds to the top-university bonus; here it does, within the bonus cap of 40."
		}
	},
	{
		id: "koreanGraduation",
		type: "choice",
		label: {
			en: "When did you graduate from it?"
		},
		fact: true,
		changeable: "no",
		askedWhen: {
			question: "koreanDegree",
			"in": [
				"doctorate",
				"masters",
				"bachelors",
				"associate"
			]
		},
		options: [
			{
				id: "within-3",
				label: {
					en: "3 years ago or less"
				}
			},
			{
				id: "within-5",
				label: {
					en: "3 to 5 years ago"
				}
			},
			{
				id: "earlier",
				label: {
					en: "More than 5 years ago"
				}
			}
		],
		sources: [
			"stay-manual"
		]
	},
	{
		id: "koreanLevel",
		type: "choice",
		label: {
			en: "Your Korean level (TOPIK, or the KIIP integration programme)"
		},
		help: {
			en: "The higher of your TOPIK level and the KIIP level you completed."
		},
		changeable: "action",
		category: "common",
		sources: [
			"stay-manual"
		],
		options: [
			{
				id: "level-5",
				label: {
					en: "TOPIK 5 or 6, or KIIP level 5"
				},
				points: 20
			},
			{
				id: "level-4",
				label: {
					en: "TOPIK 4 or KIIP level 4"
				},
				points: 15
			},
			{
				id: "level-3",
				label: {
					en: "TOPIK 3 or KIIP level 3"
				},
				points: 10
			},
			{
				id: "level-2",
				label: {
					en: "TOPIK 2 or KIIP level 2"
				},
				points: 5
			},
			{
				id: "level-1",
				label: {
					en: "TOPIK 1 or KIIP level 1"
				},
				points: 3
			},
			{
				id: "none",
				label: {
					en: "None yet"
				},
				points: 0
			}
		]
	},
	{
		id: "kiipLevel5",
		type: "choice",
		label: {
			en: "Have you completed the KIIP level 5 basic course or higher?"
		},
		options: [
			{
				id: "yes",
				label: {
					en: "Yes"
				},
				points: 10
			},
			{
				id: "no",
				label: {
					en: "No"
				},
				points: 0
			}
		],
		category: "bonus",
		askedWhen: {
			question: "koreanLevel",
			"in": [
				"level-5"
			]
		},
		changeable: "action",
		sources: [
			"stay-manual"
		]
	},
	{
		id: "koreanWarTalent",
		type: "choice",
		label: {
			en: "Are you recommended by a Korean ministry as a talent from a Korean War participant country?"
		},
		assumption: {
			en: "Not asked: counted as no."
		},
		options: [
			{
				id: "yes",
				label: {
					en: "Yes"
				},
				points: 20
			},
			{
				id: "no",
				label: {
					en: "No"
				},
				points: 0
			}
		],
		assumedAnswer: "no",
		category: "bonus",
		sources: [
			"stay-manual"
		]
	},
	{
		id: "ministryRecommendation",
		type: "choice",
		label: {
			en: "Do you have a recommendation letter from a Korean central government ministry?"
		},
		assumption: {
			en: "Not asked: counted as no."
		},
		options: [
			{
				id: "yes",
				label: {
					en: "Yes"
				},
				points: 20
			},
			{
				id: "no",
				label: {
					en: "No"
				},
				points: 0
			}
		],
		assumedAnswer: "no",
		category: "bonus",
		sources: [
			"stay-manual"
		]
	},
	{
		id: "volunteering",
		type: "choice",
		label: {
			en: "Your volunteering record in Korea"
		},
		assumption: {
			en: "Not asked: counted as none."
		},
		assumedAnswer: "none",
		changeable: "action",
		category: "bonus",
		sources: [
			"stay-manual"
		],
		options: [
			{
				id: "none",
				label: {
					en: "Less than 1 year"
				},
				points: 0
			},
			{
				id: "one-year",
				label: {
					en: "1 year or more, 6+ times and 50+ hours"
				},
				points: 1
			},
			{
				id: "two-years",
				label: {
					en: "2 years or more, 12+ times and 100+ hours"
				},
				points: 5
			},
			{
				id: "three-years",
				label: {
					en: "3 years or more, 18+ times and 150+ hours"
				},
				points: 7
			}
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
				},
				points: 0
			},
			{
				id: "fine-under-2m",
				label: {
					en: "A fine under KRW 2,000,000"
				},
				points: -20
			},
			{
				id: "fine-2m-3m",
				label: {
					en: "A fine of KRW 2,000,000 to 2,999,999"
				},
				points: -30
			},
			{
				id: "fine-3m-plus",
				label: {
					en: "A fine of KRW 3,000,000 or more over 3 years ago, or a heavier sentence over 5 years ago"
				},
				points: -40
			},
			{
				id: "disqualifying",
				label: {
					en: "A fine of KRW 3,000,000 or more in the last 3 years, or a prison sentence in the last 5 years"
				},
				points: 0
			}
		],
		assumption: {
			en: "Not asked: counted as none."
		},
		category: "deductions"
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
				},
				points: 0
			},
			{
				id: "fine-500k-1m",
				label: {
					en: "KRW 500,000 to 999,999 in penalties"
				},
				points: -10
			},
			{
				id: "fine-1m-3m",
				label: {
					en: "KRW 1,000,000 to 2,999,999 in penalties"
				},
				points: -20
			},
			{
				id: "fine-3m-plus",
				label: {
					en: "KRW 3,000,000 or more in penalties, or a departure order or deportation"
				},
				points: -30
			},
			{
				id: "disqualifying",
				label: {
					en: "Penalties of KRW 5,000,000 or more in the last 3 years"
				},
				points: 0
			}
		],
		assumption: {
			en: "Not asked: counted as none. The manual rules out 3 or more violations with penalties of KRW 5,000,000 in all in the last 3 years."
		},
		category: "deductions"
	}
];
const pathways = [
	{
		id: "listedCompany",
		label: {
			en: "Listed company"
		},
		description: {
			en: "Employed by a KOSPI- or KOSDAQ-listed company in a managerial or professional job, and 80 points."
		},
		status: {
			en: "Points-based residence (F-2-7)"
		},
		basis: {
			en: "F-2-7 applicant category: employees of listed companies"
		},
		sources: [
			"stay-manual"
		],
		next: [
			{
				text: {
					en: "Apply to change your status at your immigration office in Korea; book a visit on HiKorea."
				},
				url: "https://www.hikorea.go.kr/"
			},
			{
				text: {
					en: "Bring your income certificate (소득금액증명) from the tax office and proof of each item you scored."
				}
			}
		],
		when: {
			all: [
				{
					all: [
						{
							question: "jobOffer",
							"in": [
								"yes"
							]
						},
						{
							question: "listedEmployer",
							"in": [
								"yes"
							]
						}
					]
				},
				{
					score: "total",
					atLeast: "passMark"
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
				}
			]
		}
	},
	{
		id: "promisingIndustry",
		label: {
			en: "Advanced-technology field"
		},
		description: {
			en: "Working in an advanced-technology field with income of 1.5× GNI or more, and 80 points."
		},
		status: {
			en: "Points-based residence (F-2-7)"
		},
		basis: {
			en: "F-2-7 applicant category: promising industries (1.5× GNI)"
		},
		sources: [
			"stay-manual"
		],
		next: [
			{
				text: {
					en: "Apply to change your status at your immigration office in Korea; book a visit on HiKorea."
				},
				url: "https://www.hikorea.go.kr/"
			},
			{
				text: {
					en: "Bring your income certificate (소득금액증명) from the tax office and proof of each item you scored."
				}
			}
		],
		when: {
			all: [
				{
					all: [
						{
							question: "jobOffer",
							"in": [
								"yes"
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
								"stem"
							]
						},
						{
							any: [
								{
									question: "salary",
									atLeast: 1.5,
									times: "gni"
								},
								{
									question: "incomeKorea",
									atLeast: 1.5,
									times: "gni"
								}
							]
						}
					]
				},
				{
					score: "total",
					atLeast: "passMark"
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
				}
			]
		}
	},
	{
		id: "professional",
		label: {
			en: "Professional in Korea"
		},
		description: {
			en: "3 years on a professional status in Korea (or income of KRW 40,000,000 or more), and 80 points."
		},
		status: {
			en: "Points-based residence (F-2-7)"
		},
		basis: {
			en: "F-2-7 applicant category: professionals (E-1 to E-7-1, D-5 to D-9)"
		},
		sources: [
			"stay-manual"
		],
		next: [
			{
				text: {
					en: "Apply to change your status at your immigration office in Korea; book a visit on HiKorea."
				},
				url: "https://www.hikorea.go.kr/"
			},
			{
				text: {
					en: "Bring your income certificate (소득금액증명) from the tax office and proof of each item you scored."
				}
			}
		],
		when: {
			all: [
				{
					all: [
						{
							question: "currentStatus",
							"in": [
								"professional"
							]
						},
						{
							any: [
								{
									question: "yearsInKorea",
									atLeast: 3
								},
								{
									question: "incomeKorea",
									atLeast: 40000000
								}
							]
						}
					]
				},
				{
					score: "total",
					atLeast: "passMark"
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
				}
			]
		}
	},
	{
		id: "studyTalent",
		label: {
			en: "Korean graduate"
		},
		description: {
			en: "A Korean master's degree or doctorate in the last 5 years, a job in a professional field, and 80 points."
		},
		status: {
			en: "Points-based residence (F-2-7)"
		},
		basis: {
			en: "F-2-7 applicant category: talent who studied in Korea"
		},
		sources: [
			"stay-manual"
		],
		next: [
			{
				text: {
					en: "Apply to change your status at your immigration office in Korea; book a visit on HiKorea."
				},
				url: "https://www.hikorea.go.kr/"
			},
			{
				text: {
					en: "Bring your income certificate (소득금액증명) from the tax office and proof of each item you scored."
				}
			}
		],
		when: {
			all: [
				{
					all: [
						{
							question: "koreanDegree",
							"in": [
								"masters",
								"doctorate"
							]
						},
						{
							question: "koreanGraduation",
							"in": [
								"within-3",
								"within-5"
							]
						},
						{
							question: "jobOffer",
							"in": [
								"yes"
							]
						}
					]
				},
				{
					score: "total",
					atLeast: "passMark"
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
				}
			]
		}
	}
];
const benefits = [
	{
		en: "Residence with few limits on work, for up to 5 years a grant by points"
	},
	{
		en: "Your spouse and children may join you (F-2-71)"
	},
	{
		en: "A path to permanent residence (F-5-16) after 3 years"
	}
];
const benefitSources = [
	"stay-manual"
];
const assumptions = [
	{
		en: "The table is the one revised on 14 April 2026 (common items up to 130, bonus up to 40, pass mark 80)."
	},
	{
		en: "An associate degree (15 points in STEM, 10 otherwise) is not asked: counted as no degree."
	},
	{
		en: "Deductions count down to −70: the manual's heading says −70, its table header −80; the items add up to −70."
	},
	{
		en: "Not asked, and also required: no prison sentence in the last 5 years, no fine of KRW 3,000,000 or more in the last 3 years, no false documents, no entry-ban ground, and no work in restricted businesses in the last 3 years."
	},
	{
		en: "Not checked here: potential talent (F-2-7S, with a university president's recommendation), E-7-S holders whose points are waived, and family members."
	},
	{
		en: "The stay granted depends on points: 80 to 109 points, 1 year; 110 to 119, 2 years; 120 to 129, 3 years; 130 or more, 5 years (or by the income points, if better)."
	}
];
const disclaimer = {
	en: "This is an estimate, not a decision. The Ministry of Justice decides the status."
};
var f27 = {
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

export { $schema, assumptions, benefitSources, benefits, categories, f27 as default, disclaimer, effectiveDate, id, languages, parameters, passMark, pathways, questions, reviewDate, sources, steps, title, total, version };
