const $schema = "../../rubric.schema.json";
const id = "ktech-pass-2026-09";
const version = "2.1.0";
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
			en: "K-Tech Pass programme overview (reference 2), in the same manual: no qualitative track in this edition"
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
			en: "Press report of 2 July 2026: a K-Tech Pass qualitative track (65 + 35 points, a 10-point SME bonus) and Ministry of Health and Welfare and KASA programme scholars"
		},
		publisher: {
			en: "Press reports of an industry ministry announcement"
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
	},
	{
		id: "visa-portal",
		title: {
			en: "Korea Visa Portal: e-visas and visa types"
		},
		publisher: {
			en: "Ministry of Justice"
		},
		url: "https://www.visa.go.kr"
	},
	{
		id: "hikorea",
		title: {
			en: "HiKorea: e-application for a change of status, and the stay manual by status"
		},
		publisher: {
			en: "Ministry of Justice (HiKorea)"
		},
		url: "https://www.hikorea.go.kr"
	},
	{
		id: "tax-act",
		title: {
			en: "Restriction of Special Taxation Act, article 18 (income tax for foreign engineers and researchers)"
		},
		publisher: {
			en: "Korea Law Information Center"
		},
		url: "https://www.law.go.kr"
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
		id: "situation",
		label: {
			en: "Your situation"
		},
		questions: [
			"jobOffer",
			"governmentProgramme",
			"inKorea"
		]
	},
	{
		id: "offer",
		label: {
			en: "Your job offer"
		},
		questions: [
			"salary",
			"employerSize"
		]
	},
	{
		id: "education",
		label: {
			en: "Education"
		},
		questions: [
			"degree",
			"institution",
			"postdocResearch"
		]
	},
	{
		id: "career",
		label: {
			en: "Where you have worked"
		},
		questions: [
			"experience",
			"employer",
			"koreaExperience"
		]
	},
	{
		id: "research",
		label: {
			en: "Research distinction"
		},
		questions: [
			"researchDistinction"
		]
	},
	{
		id: "expertise",
		label: {
			en: "Expertise and role"
		},
		questions: [
			"evidence",
			"role"
		]
	},
	{
		id: "field",
		label: {
			en: "Your field"
		},
		questions: [
			"field"
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
		},
		sources: [
			"top-tier-guideline"
		]
	},
	{
		id: "governmentProgramme",
		type: "choice",
		changeable: "no",
		label: {
			en: "Are you recruited through a government programme?"
		},
		help: {
			en: "Reported: scholars recruited through these programmes get K-Tech Pass benefits."
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
					en: "Yes, a Korea AeroSpace Administration (KASA) programme"
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
	},
	{
		id: "inKorea",
		type: "choice",
		changeable: "no",
		askedWhen: {
			question: "jobOffer",
			"in": [
				"yes"
			]
		},
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
		id: "employerSize",
		type: "choice",
		category: "bonus",
		max: 10,
		changeable: "offer",
		askedWhen: {
			question: "jobOffer",
			"in": [
				"yes"
			]
		},
		label: {
			en: "Size of the hiring firm"
		},
		help: {
			en: "Reported: an SME under Korea's Framework Act on SMEs earns a 10-point bonus on the qualitative track."
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
		assumption: {
			en: "The SME bonus is reported, not yet in the official texts."
		},
		sources: [
			"announcement-2026-07"
		],
		hostAttribute: "employer-size"
	},
	{
		id: "degree",
		type: "choice",
		category: "quantitative",
		max: 15,
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
		type: "choice",
		category: "quantitative",
		max: 10,
		changeable: "no",
		askedWhen: {
			question: "degree",
			"in": [
				"masters",
				"doctorate"
			]
		},
		label: {
			en: "Is one of your master's or doctoral degrees from a world top-100 university?"
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
				points: 10
			},
			{
				id: "top500",
				label: {
					en: "No, but in the top 500"
				},
				points: 5
			},
			{
				id: "other",
				label: {
					en: "No"
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
		id: "postdocResearch",
		type: "number",
		unit: "years",
		maximum: 60,
		changeable: "time",
		askedWhen: {
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
		id: "experience",
		type: "number",
		unit: "years",
		category: "quantitative",
		max: 10,
		maximum: 60,
		changeable: "time",
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
		id: "employer",
		type: "multi",
		category: "quantitative",
		max: 10,
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
				points: 10
			},
			{
				id: "top-institute",
				label: {
					en: "A world-class research institute"
				},
				help: {
					en: "A research institute of a world top-100 university, a research lab of a world top-500 company, or a government-led research institute."
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
					en: "None of these"
				},
				points: 2,
				exclusive: true,
				replaces: [
					"none"
				]
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
		type: "choice",
		changeable: "time",
		label: {
			en: "Have you worked 1 year or more in an advanced industry at a company in Korea?"
		},
		help: {
			en: "On a status from D-7 to E-7, or on F-2."
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
		id: "researchDistinction",
		type: "choice",
		changeable: "no",
		label: {
			en: "Which of these describes you?"
		},
		help: {
			en: "The criteria of the science and technology track; any one is enough."
		},
		options: [
			{
				id: "pi",
				label: {
					en: "5 years or more in your field as a principal investigator, assistant professor or senior researcher"
				},
				help: {
					en: "At a world top-100 university's institute (PI or assistant professor or above), or a world top-500 company's lab or a public research institute (책임급 or above); or core research staff of equal standing."
				}
			},
			{
				id: "patents",
				label: {
					en: "Key patents or technology fees"
				},
				help: {
					en: "Triadic or international-standard patents, or KRW 1 billion or more in technology fees over the last 3 years."
				}
			},
			{
				id: "citations",
				label: {
					en: "A Highly Cited Researcher, or a landmark paper"
				},
				help: {
					en: "A Highly Cited Researcher (top 1% of citations), or an author of a representative paper selected by Science, Nature or a similar journal."
				}
			},
			{
				id: "prize",
				label: {
					en: "A major international prize"
				},
				help: {
					en: "A Nobel Prize, Fields Medal or similar, or a recommendation from such a laureate."
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
		id: "evidence",
		type: "choice",
		category: "qualitative",
		max: 10,
		changeable: "action",
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
		id: "role",
		type: "choice",
		category: "qualitative",
		max: 15,
		changeable: "no",
		askedWhen: {
			question: "jobOffer",
			"in": [
				"yes"
			]
		},
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
			}
		],
		assumption: {
			en: "Levels and points are assumed."
		}
	},
	{
		id: "field",
		type: "choice",
		category: "qualitative",
		max: 10,
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
				points: 10,
				help: {
					en: "Within the technologies annex 2 of the Top-tier guideline lists for semiconductors."
				}
			},
			{
				id: "secondary-batteries",
				label: {
					en: "Secondary batteries"
				},
				points: 10,
				help: {
					en: "Within the technologies annex 2 of the Top-tier guideline lists for secondary batteries."
				}
			},
			{
				id: "displays",
				label: {
					en: "Displays"
				},
				points: 10,
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
				},
				points: 10
			},
			{
				id: "robotics",
				label: {
					en: "Robotics"
				},
				help: {
					en: "Humanoids and related technology."
				},
				points: 10
			},
			{
				id: "defense",
				label: {
					en: "Defence"
				},
				help: {
					en: "Aero gas-turbine engines of 15,000 lbf class and above, and their core materials, parts and equipment."
				},
				points: 10
			},
			{
				id: "ai",
				label: {
					en: "Artificial intelligence (AI)"
				},
				points: 10,
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
				id: "stem",
				label: {
					en: "Another science or technology field (STEM)"
				},
				help: {
					en: "Any field of science or engineering: from mechanical, electrical or civil engineering to mathematics, physics, chemistry, life sciences, medicine and brain science."
				},
				points: 4,
				replaces: [
					"other-tech"
				]
			},
			{
				id: "non-tech",
				label: {
					en: "Not a science or technology field"
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
	}
];
const pathways = [
	{
		id: "topTierStandard",
		label: {
			en: "Top-tier: degree, career, 3× GNI"
		},
		description: {
			en: "A top master's or doctorate, a top career, 3× GNI per capita and a job offer in an advanced industry."
		},
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
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
							question: "institution",
							"in": [
								"top100"
							]
						}
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
									includes: [
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
									includes: [
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
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부)."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "You are in Korea: change your status to F-2-T through HiKorea e-application or at your immigration office."
				},
				url: "https://www.hikorea.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"yes"
					]
				}
			},
			{
				text: {
					en: "You are abroad: apply for the F-2-T e-visa on the Korea Visa Portal (you or your employer)."
				},
				url: "https://www.visa.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"no"
					]
				}
			},
			{
				text: {
					en: "Documents: your employment contract, the company's business registration certificate, and a criminal-record certificate from your country, apostilled or confirmed by a consulate."
				}
			}
		]
	},
	{
		id: "topTierHighIncome",
		label: {
			en: "Top-tier: 4× GNI"
		},
		description: {
			en: "4× GNI per capita with a top degree or a top career (not neither), and a job offer in an advanced industry."
		},
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
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
									includes: [
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
									includes: [
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
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부)."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "You are in Korea: change your status to F-2-T through HiKorea e-application or at your immigration office."
				},
				url: "https://www.hikorea.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"yes"
					]
				}
			},
			{
				text: {
					en: "You are abroad: apply for the F-2-T e-visa on the Korea Visa Portal (you or your employer)."
				},
				url: "https://www.visa.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"no"
					]
				}
			},
			{
				text: {
					en: "Documents: your employment contract, the company's business registration certificate, and a criminal-record certificate from your country, apostilled or confirmed by a consulate."
				}
			}
		]
	},
	{
		id: "topTierKoreaExperience",
		label: {
			en: "Top-tier: work in Korea, 2× GNI"
		},
		description: {
			en: "A top degree and career, a year of advanced-industry work in Korea, 2× GNI per capita and a job offer in an advanced industry."
		},
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
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
							question: "institution",
							"in": [
								"top100"
							]
						}
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
									includes: [
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
									includes: [
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
					en: "Your employer applies at KOTRA's Global Talent Center for the K-Tech Pass and the recommendation of Korea's industry ministry (산업통상부)."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "You are in Korea: change your status to F-2-T through HiKorea e-application or at your immigration office."
				},
				url: "https://www.hikorea.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"yes"
					]
				}
			},
			{
				text: {
					en: "You are abroad: apply for the F-2-T e-visa on the Korea Visa Portal (you or your employer)."
				},
				url: "https://www.visa.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"no"
					]
				}
			},
			{
				text: {
					en: "Documents: your employment contract, the company's business registration certificate, and a criminal-record certificate from your country, apostilled or confirmed by a consulate."
				}
			}
		]
	},
	{
		id: "scienceTrack",
		label: {
			en: "Top-tier in science and technology"
		},
		description: {
			en: "One of the track's four research criteria and a job offer in science or technology; no salary threshold."
		},
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
				},
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
				}
			]
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
					en: "You are in Korea: change your status to F-2-T through HiKorea e-application or at your immigration office."
				},
				url: "https://www.hikorea.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"yes"
					]
				}
			},
			{
				text: {
					en: "You are abroad: apply for the F-2-T e-visa on the Korea Visa Portal (you or your employer)."
				},
				url: "https://www.visa.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"no"
					]
				}
			},
			{
				text: {
					en: "Documents: your employment contract, the company's business registration certificate, and a criminal-record certificate from your country, apostilled or confirmed by a consulate."
				}
			}
		]
	},
	{
		id: "governmentScholar",
		label: {
			en: "Government-programme scholar (reported)"
		},
		description: {
			en: "Scholars recruited through a Ministry of Health and Welfare or KASA programme, with a job offer."
		},
		when: {
			all: [
				{
					question: "governmentProgramme",
					"in": [
						"mohw",
						"kasa"
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
		status: {
			en: "K-Tech Pass benefits (press report); the visa route is not published"
		},
		sources: [
			"announcement-2026-07"
		],
		assumption: {
			en: "Known from a press report of 2 July 2026 only. That it leads to F-2-T through the industry ministry's recommendation (route 라) is our assumption."
		},
		next: [
			{
				text: {
					en: "Your host institution applies for the K-Tech Pass at KOTRA's Global Talent Center."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			},
			{
				text: {
					en: "Ask it which visa the programme uses; if the industry ministry recommends you, F-2-T may follow (our assumption)."
				}
			}
		]
	},
	{
		id: "qualitative",
		label: {
			en: "K-Tech Pass qualitative track (reported)"
		},
		description: {
			en: "A job offer in science or technology, and points (with any SME bonus) at the pass mark or above."
		},
		when: {
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
					score: "total",
					atLeast: "passMark"
				}
			]
		},
		status: {
			en: "K-Tech Pass (press report)"
		},
		sources: [
			"announcement-2026-07"
		],
		assumption: {
			en: "Known from a press report of 2 July 2026 only; the September 2026 official overview does not have it yet, and its item points and pass mark are assumed. That F-2-T follows is our assumption: route 라 needs the industry ministry's verification and recommendation."
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
					en: "If the industry ministry recommends you, F-2-T may follow by route 라 (our assumption): in Korea, change your status through HiKorea e-application or at your immigration office."
				},
				url: "https://www.hikorea.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"yes"
					]
				}
			},
			{
				text: {
					en: "If the industry ministry recommends you, F-2-T may follow by route 라 (our assumption): from abroad, apply for the e-visa on the Korea Visa Portal."
				},
				url: "https://www.visa.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"no"
					]
				}
			}
		]
	},
	{
		id: "promisingTopTier",
		label: {
			en: "Promising Top-tier (E-7-T)"
		},
		description: {
			en: "A top degree and career, 2× GNI per capita and a job offer in an advanced industry."
		},
		when: {
			all: [
				{
					question: "jobOffer",
					"in": [
						"yes"
					]
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
							question: "institution",
							"in": [
								"top100"
							]
						}
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
									includes: [
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
									includes: [
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
					en: "You are in Korea: change your status to E-7-T through HiKorea e-application or at your immigration office."
				},
				url: "https://www.hikorea.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"yes"
					]
				}
			},
			{
				text: {
					en: "You are abroad: apply for the E-7-T e-visa on the Korea Visa Portal (you or your employer)."
				},
				url: "https://www.visa.go.kr",
				when: {
					question: "inKorea",
					"in": [
						"no"
					]
				}
			},
			{
				text: {
					en: "Documents: your employment contract, the company's business registration certificate, and a criminal-record certificate from your country, apostilled or confirmed by a consulate."
				}
			}
		],
		alternative: true
	},
	{
		id: "preliminaryTopTier",
		label: {
			en: "Preliminary Top-tier (D-10-T)"
		},
		description: {
			en: "A master's or doctorate from a world top-100 university; no job offer and no recommendation needed. A visa to look for work in Korea."
		},
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
					en: "Apply at a Korean embassy or consulate for a 6-month single-entry D-10-T visa; it is not issued as an e-visa, and no recommendation is needed."
				},
				url: "https://www.visa.go.kr"
			},
			{
				text: {
					en: "You may stay up to 3 years on D-10-T to find work; with a job offer, check the routes above again."
				}
			}
		],
		alternative: true,
		leadsWhen: {
			question: "jobOffer",
			"in": [
				"not-yet"
			]
		}
	},
	{
		id: "scholarBeforeOffer",
		label: {
			en: "Government-programme scholar, before your contract (reported)"
		},
		description: {
			en: "Scholars recruited through a Ministry of Health and Welfare or KASA programme who have no employment contract yet."
		},
		when: {
			all: [
				{
					question: "governmentProgramme",
					"in": [
						"mohw",
						"kasa"
					]
				},
				{
					question: "jobOffer",
					"in": [
						"not-yet"
					]
				}
			]
		},
		status: {
			en: "K-Tech Pass benefits (press report), once you are hired"
		},
		sources: [
			"announcement-2026-07"
		],
		assumption: {
			en: "Known from a press report of 2 July 2026 only."
		},
		next: [
			{
				text: {
					en: "Your host institution arranges your employment contract and then applies for the K-Tech Pass at KOTRA's Global Talent Center; ask it about the next steps."
				},
				url: "https://www.kotra.or.kr/gtc_kor"
			}
		],
		alternative: true
	}
];
const benefits = [
	{
		en: "Online e-visa in about two weeks, with no consulate visit (F-2-T from abroad)"
	},
	{
		en: "Your spouse and children come on F-2-T1, and your spouse may work freely"
	},
	{
		en: "No Korean-language test for F-2-T"
	},
	{
		en: "Permanent residence (F-5-T) after 3 years on F-2-T, still working in an advanced industry and earning 3× GNI, with level 3 of the social integration programme (KIIP) or TOPIK level 3"
	},
	{
		en: "Your parents (F-1-15) and a domestic helper (F-1-24) may be invited; not with D-10-T"
	},
	{
		en: "Immigration priority card: fast lanes at the airport (E-7-T, F-2-T, F-5-T)"
	},
	{
		en: "50% reduction of earned-income tax for 10 years, subject to the conditions and deadlines of the Restriction of Special Taxation Act (조세특례제한법 §18)"
	},
	{
		en: "Children admitted to foreign schools outside the quota"
	},
	{
		en: "Jeonse loan limits as for Koreans"
	},
	{
		en: "Concierge service: arrival support at the airport, alien registration, phone and bank"
	}
];
const benefitSources = [
	"ktech-pass-overview",
	"top-tier-guideline",
	"tax-act"
];
const assumptions = [
	{
		en: "The qualitative track, its 65 + 35 points, the SME bonus and the programme-scholar route are known from press reports of 2 July 2026 only; the September 2026 K-Tech Pass overview does not have them yet."
	},
	{
		en: "Item points and the pass mark are not public: ours are assumptions matching the reported 65 + 35 points and 10-point SME bonus."
	},
	{
		en: "That the qualitative track leads to F-2-T is our assumption: route 라 needs the industry ministry's verification and recommendation."
	},
	{
		en: "E-7-T is checked against the same GNI figure, KRW 52,416,000. Secondary sources say E-7 wage floors keep the previous figure (KRW 49,955,000) until 31 March 2027; we could not verify it in the HiKorea notice."
	},
	{
		en: "Every route also needs a ministry's checks and recommendation, which no estimate can foresee."
	}
];
const disclaimer = {
	en: "This is an estimate, not a decision. KOTRA issues the K-Tech Pass and the Ministry of Justice decides the visa."
};
const scope = {
	text: {
		en: "This checks Top-tier (F-2-T, E-7-T, D-10-T) and the K-Tech Pass only. Other visas may fit you: the professional employment visa (E-7), job seeking (D-10) and points-based residence (F-2-7)."
	},
	links: [
		{
			text: {
				en: "Korea Visa Portal: visa types and how to apply"
			},
			url: "https://www.visa.go.kr"
		},
		{
			text: {
				en: "HiKorea: the stay manual for every status"
			},
			url: "https://www.hikorea.go.kr"
		}
	]
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
	disclaimer: disclaimer,
	scope: scope
};

export { $schema, assumptions, benefitSources, benefits, categories, json as default, disclaimer, effectiveDate, id, languages, parameters, passMark, pathways, questions, reviewDate, scope, sources, steps, title, total, version };
