const $schema = "../../rubric.schema.json";
const id = "ktech-pass-2026-09";
const version = "2.0.0";
const effectiveDate = "2026-07-02";
const reviewDate = "2027-03-31";
const languages = [
	"en"
];
const title = {
	en: "K-Tech Pass and Top-tier (F-2-T) visa self-assessment"
};
const sources = [
	{
		id: "top-tier-guideline",
		title: {
			en: "Top-tier (F-2-T) visa guideline, in force 25 June 2026, in the stay manual by status (edition 2026.9)"
		},
		publisher: {
			en: "Ministry of Justice (HiKorea)"
		},
		date: "2026-06",
		url: "https://www.hikorea.go.kr/"
	},
	{
		id: "ktech-pass-overview",
		title: {
			en: "K-Tech Pass programme overview, in the same manual"
		},
		publisher: {
			en: "Ministry of Justice (HiKorea)"
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
		id: "bok-gni-2025",
		title: {
			en: "GNI per capita 2025 (preliminary): KRW 52,416,000"
		},
		publisher: {
			en: "Bank of Korea"
		},
		date: "2026-03-10",
		url: "https://ecos.bok.or.kr/"
	},
	{
		id: "announcement-2026-07",
		title: {
			en: "K-Tech Pass qualitative track (65 + 35 points, SME bonus, programme scholars); Korean-language requirement for F-2-T dropped"
		},
		publisher: {
			en: "Industry ministry and Ministry of Justice (press reports)"
		},
		date: "2026-07-02"
	},
	{
		id: "kotra-gtc",
		title: {
			en: "KOTRA Global Talent Center: K-Tech Pass applications"
		},
		publisher: {
			en: "KOTRA"
		},
		date: "2026-09",
		url: "https://www.kotra.or.kr/gtc_kor"
	},
	{
		id: "strategic-tech",
		title: {
			en: "12 national strategic technologies"
		},
		publisher: {
			en: "Ministry of Science and ICT"
		},
		date: "2022-10"
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
			"gni-standard",
			"bok-gni-2025"
		],
		note: {
			en: "Bank of Korea preliminary figure; the standard changes every 1 April."
		}
	}
];
const total = 100;
const passMark = {
	value: 60,
	assumption: {
		en: "The pass mark of the qualitative track is not public; 60 of 100 is our assumption."
	}
};
const categories = [
	{
		id: "quantitative",
		label: {
			en: "Quantitative"
		},
		max: 65
	},
	{
		id: "qualitative",
		label: {
			en: "Qualitative"
		},
		max: 35
	},
	{
		id: "bonus",
		label: {
			en: "SME bonus"
		},
		max: 10,
		bonus: true
	}
];
const steps = [
	{
		id: "career",
		label: {
			en: "Education and career"
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
			en: "Expertise and role"
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
			en: "Employer and programmes"
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
		fact: true,
		type: "choice",
		category: "quantitative",
		max: 15,
		label: {
			en: "Your highest degree"
		},
		options: [
			{
				id: "doctorate",
				label: {
					en: "Doctorate (PhD or equivalent)"
				},
				points: 15
			},
			{
				id: "masters",
				label: {
					en: "Master's degree"
				},
				points: 10
			},
			{
				id: "bachelors",
				label: {
					en: "Bachelor's degree"
				},
				points: 5
			},
			{
				id: "none",
				label: {
					en: "No university degree"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per degree are assumed."
		}
	},
	{
		id: "institution",
		fact: true,
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
			en: "Standing of the university that awarded it"
		},
		help: {
			en: "Top 100: in the last 5 years, in at least one of QS World University Rankings, QS by Subject: Engineering and Technology, Times Higher Education (THE) World University Rankings, THE by Subject: Engineering, U.S. News Best Global Universities or its Engineering ranking."
		},
		options: [
			{
				id: "top100",
				label: {
					en: "World top 100"
				},
				points: 10
			},
			{
				id: "top500",
				label: {
					en: "World top 500"
				},
				points: 5
			},
			{
				id: "other",
				label: {
					en: "Other or not ranked"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per ranking band are assumed."
		},
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "experience",
		fact: true,
		type: "number",
		unit: "years",
		category: "quantitative",
		max: 10,
		maximum: 60,
		label: {
			en: "Years of work in your field, research included"
		},
		help: {
			en: "Full-time, in total. Half years count, e.g. 7.5."
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
			en: "Points per band are assumed."
		}
	},
	{
		id: "postdocResearch",
		fact: true,
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
			en: "Years of research since your doctorate"
		},
		help: {
			en: "In your field. Half years count, e.g. 4.5."
		},
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "employer",
		fact: true,
		type: "choice",
		category: "quantitative",
		max: 10,
		label: {
			en: "Where you worked for at least 3 years"
		},
		help: {
			en: "Choose the highest that applies."
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
				points: 10
			},
			{
				id: "top-institute",
				label: {
					en: "A world-class research institute"
				},
				help: {
					en: "A top-100 university's research institute, a world-class company's research lab, or a government-led research institute."
				},
				points: 10
			},
			{
				id: "large",
				label: {
					en: "Another large or listed company"
				},
				points: 6
			},
			{
				id: "other",
				label: {
					en: "Another employer"
				},
				points: 3
			},
			{
				id: "none",
				label: {
					en: "No employer for 3 years or more"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per employer type are assumed."
		},
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "koreaExperience",
		fact: true,
		type: "choice",
		label: {
			en: "Have you worked 1 year or more in an advanced industry at a company in Korea?"
		},
		help: {
			en: "On a status from D-7 to E-7, or F-2."
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
			en: "Annual salary offered in Korea (KRW)"
		},
		help: {
			en: "Gross yearly salary in Korean won, as in your offer. Compared with Korea's GNI per capita."
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
			en: "Points are assumed, and so are the 1×, 1.5× and 2× bands; 3× and 4× follow the Top-tier guideline."
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
			en: "Your field of technology"
		},
		help: {
			en: "The eight national advanced strategic industries score highest."
		},
		options: [
			{
				id: "semiconductors",
				label: {
					en: "Semiconductors"
				},
				points: 10
			},
			{
				id: "secondary-batteries",
				label: {
					en: "Secondary batteries"
				},
				points: 10
			},
			{
				id: "displays",
				label: {
					en: "Displays"
				},
				points: 10
			},
			{
				id: "biotech",
				label: {
					en: "Biotechnology"
				},
				points: 10
			},
			{
				id: "robotics",
				label: {
					en: "Robotics"
				},
				points: 10
			},
			{
				id: "defense",
				label: {
					en: "Defence"
				},
				points: 10
			},
			{
				id: "ai",
				label: {
					en: "Artificial intelligence (AI)"
				},
				points: 10
			},
			{
				id: "advanced-mobility",
				label: {
					en: "Advanced mobility"
				},
				help: {
					en: "Future cars, eco-friendly or autonomous ships, drones."
				},
				points: 10
			},
			{
				id: "other-strategic",
				label: {
					en: "Another national strategic technology"
				},
				help: {
					en: "Quantum, hydrogen, next-generation nuclear, aerospace, cybersecurity, next-generation communications."
				},
				points: 7
			},
			{
				id: "other-tech",
				label: {
					en: "Another technology field"
				},
				points: 4
			},
			{
				id: "non-tech",
				label: {
					en: "Not a technology field"
				},
				points: 0
			}
		],
		assumption: {
			en: "Points per field are assumed."
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
			en: "Your strongest evidence of specific technical expertise"
		},
		options: [
			{
				id: "leading",
				label: {
					en: "Leading"
				},
				help: {
					en: "Granted patents or top-venue papers in the field, or technical lead of a product used at scale."
				},
				points: 10
			},
			{
				id: "solid",
				label: {
					en: "Solid"
				},
				help: {
					en: "Peer-reviewed papers, patent applications, or senior engineer of shipped products."
				},
				points: 6
			},
			{
				id: "emerging",
				label: {
					en: "Emerging"
				},
				help: {
					en: "Some papers, open-source work or projects, not yet widely recognised."
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
		],
		assumption: {
			en: "Levels and points are assumed."
		}
	},
	{
		id: "researchDistinction",
		fact: true,
		type: "choice",
		label: {
			en: "Your strongest research distinction"
		},
		help: {
			en: "For the science and technology route."
		},
		options: [
			{
				id: "pi",
				label: {
					en: "Principal investigator or senior researcher, 5+ years"
				},
				help: {
					en: "PI or assistant professor or higher at a top-100 university's institute, or senior (책임급) researcher at a global top-500 company's lab or a public research institute."
				}
			},
			{
				id: "patents",
				label: {
					en: "Key patents or technology fees"
				},
				help: {
					en: "Triadic or international-standard patents, or KRW 1 billion+ in technology fees in the last 3 years."
				}
			},
			{
				id: "citations",
				label: {
					en: "Highly cited or landmark papers"
				},
				help: {
					en: "A Highly Cited Researcher, or lead author of a paper Science, Nature or a similar journal named a top result of the year."
				}
			},
			{
				id: "prize",
				label: {
					en: "A major international prize"
				},
				help: {
					en: "Such as a Nobel Prize or Fields Medal, or a laureate's recommendation."
				}
			},
			{
				id: "none",
				label: {
					en: "None of these"
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
			en: "Strategic value of the offered role to the hiring firm"
		},
		options: [
			{
				id: "core-lead",
				label: {
					en: "You lead a capability the firm lacks"
				},
				points: 15
			},
			{
				id: "core-rnd",
				label: {
					en: "Core research and development"
				},
				points: 10
			},
			{
				id: "support",
				label: {
					en: "A supporting technical role"
				},
				points: 5
			},
			{
				id: "no-offer",
				label: {
					en: "No job offer yet"
				},
				points: 0
			}
		],
		assumption: {
			en: "Levels and points are assumed."
		}
	},
	{
		id: "employerSize",
		type: "choice",
		category: "bonus",
		max: 10,
		label: {
			en: "Size of the hiring firm"
		},
		help: {
			en: "An SME under Korea's Framework Act on SMEs earns a 10-point bonus."
		},
		options: [
			{
				id: "sme",
				label: {
					en: "Small or medium-sized enterprise (SME)"
				},
				points: 10
			},
			{
				id: "large",
				label: {
					en: "Large company or other"
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
			en: "Are you recruited through a government programme?"
		},
		help: {
			en: "Scholars recruited through these programmes qualify automatically."
		},
		options: [
			{
				id: "mohw",
				label: {
					en: "Yes, a Ministry of Health and Welfare programme"
				}
			},
			{
				id: "kasa",
				label: {
					en: "Yes, a Korea AeroSpace Administration programme"
				}
			},
			{
				id: "none",
				label: {
					en: "No"
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
			en: "Top-tier: degree, career, 3× GNI"
		},
		description: {
			en: "A top master's or doctorate, a top career, 3× GNI per capita and an offer in an advanced industry."
		},
		status: {
			en: "Top-tier residence (F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, advanced industries, route 가"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부; until October 2025 the Ministry of Trade, Industry and Energy)."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal."
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
			en: "Top-tier: 4× GNI"
		},
		description: {
			en: "4× GNI per capita with a top degree or a top career, and an offer in an advanced industry."
		},
		status: {
			en: "Top-tier residence (F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, advanced industries, route 나"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부; until October 2025 the Ministry of Trade, Industry and Energy)."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal."
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
			en: "Top-tier: work in Korea, 2× GNI"
		},
		description: {
			en: "A top degree and career, a year of advanced-industry work in Korea, 2× GNI per capita and an offer in an advanced industry."
		},
		status: {
			en: "Top-tier residence (F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, advanced industries, route 다"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부; until October 2025 the Ministry of Trade, Industry and Energy)."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal."
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
			en: "K-Tech Pass qualitative track (since July 2026)"
		},
		description: {
			en: "A job offer, and points (with any SME bonus) at the pass mark or above."
		},
		status: {
			en: "K-Tech Pass, then Top-tier residence (F-2-T)"
		},
		basis: {
			en: "K-Tech Pass qualitative track (July 2026); F-2-T by route 라 of the Top-tier guideline"
		},
		sources: [
			"announcement-2026-07",
			"top-tier-guideline"
		],
		assumption: {
			en: "Its item points and pass mark are assumed."
		},
		next: [
			{
				text: {
					en: "Your employer applies for the K-Tech Pass online at KOTRA's Global Talent Center."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "Then apply for the F-2-T e-visa on the Korea Visa Portal, with the industry ministry's recommendation (route 라)."
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
			en: "Top-tier in science and technology"
		},
		description: {
			en: "A research distinction and an offer in a technology field."
		},
		status: {
			en: "Top-tier residence (F-2-T)"
		},
		basis: {
			en: "Top-tier guideline, science and technology, route 가"
		},
		sources: [
			"top-tier-guideline"
		],
		next: [
			{
				text: {
					en: "Your host institution asks the Ministry of Science and ICT for a recommendation."
				},
				url: "https://www.msit.go.kr"
			},
			{
				text: {
					en: "With it, apply for the F-2-T e-visa on the Korea Visa Portal."
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
			en: "Government-programme scholar"
		},
		description: {
			en: "Scholars recruited through Ministry of Health and Welfare or Korea AeroSpace Administration programmes qualify automatically."
		},
		status: {
			en: "K-Tech Pass, then Top-tier residence (F-2-T)"
		},
		basis: {
			en: "K-Tech Pass announcement of July 2026"
		},
		sources: [
			"announcement-2026-07"
		],
		next: [
			{
				text: {
					en: "Your host institution applies for the K-Tech Pass at KOTRA's Global Talent Center."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "Then apply for the F-2-T e-visa on the Korea Visa Portal, with the industry ministry's recommendation (route 라)."
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
			en: "Promising Top-tier (E-7-T)"
		},
		description: {
			en: "A top degree and career, 2× GNI per capita and an offer in an advanced industry."
		},
		status: {
			en: "Promising Top-tier work visa (E-7-T)"
		},
		basis: {
			en: "Top-tier guideline, Promising Top-tier (E-7-T)"
		},
		sources: [
			"top-tier-guideline",
			"gni-standard"
		],
		next: [
			{
				text: {
					en: "Your employer asks KOTRA's Global Talent Center for the industry ministry's recommendation."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "With it, apply for the E-7-T e-visa on the Korea Visa Portal."
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
			en: "Preliminary Top-tier (D-10-T)"
		},
		description: {
			en: "A top master's or doctorate; no offer needed. A 6-month visa to look for work."
		},
		status: {
			en: "Preliminary Top-tier job-seeking visa (D-10-T)"
		},
		basis: {
			en: "Top-tier guideline, Preliminary Top-tier (D-10-T)"
		},
		sources: [
			"top-tier-guideline"
		],
		next: [
			{
				text: {
					en: "Apply for the D-10-T visa at a Korean embassy or consulate, as the Korea Visa Portal explains; no recommendation is needed."
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
		en: "Online e-visa in about two weeks, with no consulate visit"
	},
	{
		en: "Your spouse may work freely"
	},
	{
		en: "Permanent residence (F-5-T) after 3 years on F-2-T, still earning 3× GNI, with level 3 of the social integration programme or TOPIK 3"
	},
	{
		en: "Your parents and a domestic helper may be invited"
	},
	{
		en: "Immigration priority card: fast lanes at the airport"
	},
	{
		en: "50% reduction of earned-income tax for 10 years"
	},
	{
		en: "Children admitted to foreign schools outside the quota"
	},
	{
		en: "Jeonse loan limits as for Koreans"
	},
	{
		en: "Concierge service: airport pick-up, alien registration, phone and bank"
	},
	{
		en: "No Korean-language (TOPIK) requirement for F-2-T: dropped in July 2026"
	}
];
const benefitSources = [
	"ktech-pass-overview",
	"top-tier-guideline",
	"announcement-2026-07"
];
const assumptions = [
	{
		en: "Item points and the pass mark are not public: ours are assumptions matching the published 65 + 35 points and 10-point SME bonus."
	},
	{
		en: "Every route also needs a ministry's checks and recommendation, which no estimate can foresee."
	}
];
const disclaimer = {
	en: "This is an estimate, not a decision. KOTRA issues the K-Tech Pass and the Ministry of Justice decides the visa."
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
