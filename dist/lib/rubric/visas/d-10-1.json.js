const $schema = "../../../rubric.schema.json";
const id = "d-10-1-2026";
const version = "1.0.0";
const effectiveDate = "2026-09-18";
const reviewDate = "2027-09-30";
const languages = [
	"en"
];
const title = {
	en: "Job-seeker visa (D-10-1), points table"
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
		id: "visa-manual",
		title: {
			en: "Visa issuance manual (사증발급 안내매뉴얼), edition 2026.9"
		},
		publisher: {
			en: "Ministry of Justice (Korea Visa Portal)"
		},
		date: "2026-09",
		url: "https://www.visa.go.kr/"
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
];
const total = 120;
const passMark = {
	value: 60
};
const categories = [
	{
		id: "basic",
		label: {
			en: "Basic items"
		},
		max: 50
	},
	{
		id: "selective",
		label: {
			en: "Selective items"
		},
		max: 70
	},
	{
		id: "bonus",
		label: {
			en: "Bonus points"
		},
		max: 70,
		bonus: true
	},
	{
		id: "deductions",
		label: {
			en: "Deductions"
		},
		max: 0,
		min: -60
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
			"restrictedNationality"
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
			"stemDegree",
			"koreanDegree",
			"koreanGraduation",
			"experience",
			"employer",
			"koreanLevel"
		]
	},
	{
		id: "more",
		label: {
			en: "Training, recommendations and record"
		},
		questions: [
			"koreaTraining",
			"jobSeekerRecommendation",
			"previousPay",
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
		category: "basic",
		bands: [
			{
				atLeast: 0,
				points: 0
			},
			{
				atLeast: 20,
				points: 10
			},
			{
				atLeast: 25,
				points: 15
			},
			{
				atLeast: 30,
				points: 20
			},
			{
				atLeast: 35,
				points: 15
			},
			{
				atLeast: 40,
				points: 5
			},
			{
				atLeast: 50,
				points: 0
			}
		],
		sources: [
			"stay-manual"
		],
		assumption: {
			en: "Your age today; the table uses your age on the day you apply."
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
		id: "restrictedNationality",
		type: "choice",
		label: {
			en: "Are you a national of a country for which the Ministry of Justice requires 80 points?"
		},
		help: {
			en: "The Ministry names these countries in a notice; your immigration office or the 1345 call centre can tell you."
		},
		askedWhen: {
			question: "currentStatus",
			"in": [
				"visitor",
				"worker-trainee"
			]
		},
		fact: true,
		changeable: "no",
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
					en: "No"
				}
			},
			{
				id: "not-sure",
				label: {
					en: "Not sure"
				}
			}
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
				},
				points: 30
			},
			{
				id: "masters",
				label: {
					en: "Master's degree"
				},
				points: 20
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
				points: 0,
				pointsWhen: [
					{
						when: {
							question: "koreanDegree",
							"in": [
								"associate"
							]
						},
						points: 15
					}
				]
			}
		],
		category: "basic",
		sources: [
			"stay-manual"
		],
		assumption: {
			en: "An associate degree counts (15 points) only from a Korean college."
		}
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
				points: 20
			},
			{
				id: "top500",
				label: {
					en: "No, but in the top 500"
				},
				points: 20
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
			en: "World top 100 or top 500 is read as the manual's THE top 200 or QS top 500 (in the last 3 years of rankings). A top-500 university in another ranking may not count."
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
				points: 5
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
				points: 20,
				pointsWhen: [
					{
						when: {
							question: "koreanGraduation",
							"in": [
								"within-3"
							]
						},
						points: 30
					}
				]
			},
			{
				id: "masters",
				label: {
					en: "Master's degree"
				},
				points: 15,
				pointsWhen: [
					{
						when: {
							question: "koreanGraduation",
							"in": [
								"within-3"
							]
						},
						points: 30
					}
				]
			},
			{
				id: "bachelors",
				label: {
					en: "Bachelor's degree"
				},
				points: 10,
				pointsWhen: [
					{
						when: {
							question: "koreanGraduation",
							"in": [
								"within-3"
							]
						},
						points: 30
					}
				]
			},
			{
				id: "associate",
				label: {
					en: "Associate degree (two- or three-year college)"
				},
				points: 5,
				pointsWhen: [
					{
						when: {
							question: "koreanGraduation",
							"in": [
								"within-3"
							]
						},
						points: 30
					}
				]
			},
			{
				id: "none",
				label: {
					en: "None"
				},
				points: 0
			}
		],
		category: "selective",
		sources: [
			"stay-manual"
		],
		assumption: {
			en: "A Korean degree is taken to mean 2 years or more of study in Korea, as the table requires; double degrees with less do not count."
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
		category: "selective",
		bands: [
			{
				atLeast: 3,
				points: 5
			},
			{
				atLeast: 5,
				points: 10
			},
			{
				atLeast: 7,
				points: 15
			}
		],
		assumption: {
			en: "All your years are counted on the scale for work abroad (3 years: 5 points, 5: 10, 7: 15). Years worked in Korea score more (1 year: 5, 3: 10, 5: 15), so with work in Korea the table may give you up to 10 points more. Only work related to your degree, after it, in the last 10 years counts."
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
				},
				points: 20
			},
			{
				id: "top-institute",
				label: {
					en: "A world-class research institute"
				},
				help: {
					en: "A research institute of a world top-100 university, a research lab of a world top-500 company, or a government-led research institute."
				},
				points: 0
			},
			{
				id: "large",
				label: {
					en: "Another large or listed company"
				},
				points: 0
			},
			{
				id: "other",
				label: {
					en: "None of these"
				},
				exclusive: true,
				replaces: [
					"none"
				],
				points: 0
			}
		],
		category: "bonus",
		assumption: {
			en: "A world-class company here is read as the manual's Fortune Global 500 (1 year or more in the last 10 years)."
		},
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
		category: "selective",
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
				points: 0
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
		id: "koreaTraining",
		type: "choice",
		label: {
			en: "Other training in Korea"
		},
		assumption: {
			en: "Not asked: counted as none."
		},
		assumedAnswer: "none",
		fact: true,
		changeable: "no",
		category: "selective",
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
				id: "language-12m",
				label: {
					en: "A Korean language course (D-4-1) of 12 months or more"
				},
				points: 3
			},
			{
				id: "training-12m",
				label: {
					en: "Training on D-2-5, D-2-6, D-4-2 or D-4-6 for 12 to 18 months"
				},
				points: 3
			},
			{
				id: "training-19m",
				label: {
					en: "Training on D-2-5, D-2-6, D-4-2 or D-4-6 for 19 months or more"
				},
				points: 5
			}
		]
	},
	{
		id: "jobSeekerRecommendation",
		type: "choice",
		label: {
			en: "Do you have a recommendation for job seeking from a Korean ministry or a Korean embassy?"
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
		id: "previousPay",
		type: "choice",
		label: {
			en: "Did your previous job pay US$50,000 a year or more, shown by a government income document?"
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
				points: 5
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
		fact: true,
		changeable: "no",
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
				},
				points: 0
			},
			{
				id: "fine-under-2m",
				label: {
					en: "A fine under KRW 2,000,000"
				},
				points: -5
			},
			{
				id: "fine-2m-3m",
				label: {
					en: "A fine of KRW 2,000,000 to 2,999,999"
				},
				points: -10
			},
			{
				id: "fine-3m-plus",
				label: {
					en: "A fine of KRW 3,000,000 or more over 3 years ago, or a heavier sentence over 5 years ago"
				},
				points: -30
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
			en: "Not asked: counted as none. The table counts fines of the last 5 years, summed."
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
				points: -5
			},
			{
				id: "fine-1m-3m",
				label: {
					en: "KRW 1,000,000 to 2,999,999 in penalties"
				},
				points: -10
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
			en: "Not asked: counted as none. A departure order or deportation in the last 5 years rules out D-10; here it counts as the largest deduction."
		},
		category: "deductions"
	}
];
const pathways = [
	{
		id: "jobSeeker",
		label: {
			en: "60 points or more"
		},
		description: {
			en: "Basic items 20 or more and a total of 60 or more: up to 1 year in all, 6 months a grant."
		},
		status: {
			en: "Job-seeker visa (D-10-1), up to 1 year"
		},
		basis: {
			en: "D-10-1 points table: basic 20+ and total 60+ (80+ for nationals of designated countries staying on B, C, D-3, E-9, E-10 or G-1)"
		},
		sources: [
			"stay-manual",
			"visa-manual"
		],
		next: [
			{
				text: {
					en: "From abroad: apply for the D-10 visa at a Korean embassy or consulate; see the Korea Visa Portal."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "In Korea: apply to change your status at your immigration office; book a visit on HiKorea."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					any: [
						{
							question: "degree",
							"in": [
								"doctorate",
								"masters",
								"bachelors"
							]
						},
						{
							question: "koreanDegree",
							"in": [
								"doctorate",
								"masters",
								"bachelors",
								"associate"
							]
						}
					]
				},
				{
					score: "basic",
					atLeast: 20
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
				},
				{
					any: [
						{
							question: "inKorea",
							"in": [
								"no"
							]
						},
						{
							question: "currentStatus",
							"in": [
								"professional",
								"student",
								"other"
							]
						},
						{
							question: "restrictedNationality",
							"in": [
								"no"
							]
						},
						{
							score: "total",
							atLeast: 80
						}
					]
				}
			]
		}
	},
	{
		id: "jobSeekerLong",
		label: {
			en: "80 points or more"
		},
		description: {
			en: "Basic items 20 or more and a total of 80 or more: up to 3 years in all, 1 year a grant."
		},
		status: {
			en: "Job-seeker visa (D-10-1), up to 3 years"
		},
		basis: {
			en: "D-10-1 points table: basic 20+ and total 80+"
		},
		sources: [
			"stay-manual",
			"visa-manual"
		],
		next: [
			{
				text: {
					en: "From abroad: apply for the D-10 visa at a Korean embassy or consulate; see the Korea Visa Portal."
				},
				url: "https://www.visa.go.kr/"
			},
			{
				text: {
					en: "In Korea: apply to change your status at your immigration office; book a visit on HiKorea."
				},
				url: "https://www.hikorea.go.kr/"
			}
		],
		when: {
			all: [
				{
					any: [
						{
							question: "degree",
							"in": [
								"doctorate",
								"masters",
								"bachelors"
							]
						},
						{
							question: "koreanDegree",
							"in": [
								"doctorate",
								"masters",
								"bachelors",
								"associate"
							]
						}
					]
				},
				{
					score: "basic",
					atLeast: 20
				},
				{
					score: "total",
					atLeast: 80
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
		en: "Look for work in Korea, with no offer yet"
	},
	{
		en: "Change to a work visa in Korea once you are hired"
	},
	{
		en: "Short internships are allowed with a permit"
	}
];
const benefitSources = [
	"stay-manual"
];
const assumptions = [
	{
		en: "The table is the one in the stay manual of September 2026 (basic 50 + selective 70 + bonus 70; deductions down to −60); the visa issuance manual has the same."
	},
	{
		en: "Not asked, and also required: no fine of KRW 3,000,000 or more in the last 3 years, no prison sentence in the last 5 years, no departure order or deportation in the last 5 years, and proof of funds for your stay."
	},
	{
		en: "Bonus points for a recommendation, training in Korea and previous pay are not asked and count as none; a host page can ask them."
	},
	{
		en: "Some applicants need no points: recent graduates of Korean universities, graduates aged 29 or under of a THE or QS top-200 university, and workers whose E-1 to E-7 contract ended. They are not checked here."
	}
];
const disclaimer = {
	en: "This is an estimate, not a decision. The Ministry of Justice decides the visa."
};
var d101 = {
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

export { $schema, assumptions, benefitSources, benefits, categories, d101 as default, disclaimer, effectiveDate, id, languages, parameters, passMark, pathways, questions, reviewDate, sources, steps, title, total, version };
