const $schema = "../../rubric.schema.json";
const id = "ktech-pass-2026-07";
const version = "1.0.0";
const effectiveDate = "2026-07-02";
const languages = [
	"en"
];
const title = {
	en: "K-Tech Pass and F-2-T Top-tier visa self-assessment"
};
const sources = [
	{
		id: "moj-2025",
		title: {
			en: "Top-tier visa (F-2-T) and K-Tech Pass criteria"
		},
		publisher: {
			en: "Ministry of Justice (korea.net)"
		},
		date: "2025-04",
		url: "https://www.korea.net/"
	},
	{
		id: "motie-2026",
		title: {
			en: "K-Tech Pass qualitative track: 65 + 35 points, SME bonus, programme scholars, no TOPIK"
		},
		publisher: {
			en: "MOTIE and Ministry of Justice"
		},
		date: "2026-07-02"
	},
	{
		id: "bok-2025",
		title: {
			en: "GNI per capita 2024 (preliminary): KRW 49,955,000"
		},
		publisher: {
			en: "Bank of Korea"
		},
		date: "2025-03",
		url: "https://ecos.bok.or.kr/"
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
		value: 49955000,
		unit: "KRW",
		year: 2024,
		source: "bok-2025",
		note: {
			en: "Used by the published 3x and 4x thresholds. 2025 (preliminary): about KRW 52,420,000."
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
			"employer",
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
			en: "In the QS World University Rankings or U.S. News Best Global Universities."
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
			en: "Years of professional or post-doctoral research experience"
		},
		help: {
			en: "Full-time experience in your field after your first degree. Half years count, e.g. 7.5."
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
					en: "A global top-500 company (e.g. Fortune Global 500)"
				},
				points: 10
			},
			{
				id: "top-institute",
				label: {
					en: "A top global research institute, as a researcher"
				},
				points: 10
			},
			{
				id: "large",
				label: {
					en: "Another large or listed company, or a national research institute"
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
			en: "Points per band are assumed; the 3x and 4x thresholds are published."
		}
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
			en: "Korea's 12 national strategic technologies score highest."
		},
		options: [
			{
				id: "semiconductors-displays",
				label: {
					en: "Semiconductors and displays"
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
				id: "advanced-mobility",
				label: {
					en: "Advanced mobility"
				},
				points: 10
			},
			{
				id: "next-gen-nuclear",
				label: {
					en: "Next-generation nuclear energy"
				},
				points: 10
			},
			{
				id: "advanced-biotech",
				label: {
					en: "Advanced biotechnology"
				},
				points: 10
			},
			{
				id: "aerospace-marine",
				label: {
					en: "Aerospace and marine"
				},
				points: 10
			},
			{
				id: "hydrogen",
				label: {
					en: "Hydrogen"
				},
				points: 10
			},
			{
				id: "cybersecurity",
				label: {
					en: "Cybersecurity"
				},
				points: 10
			},
			{
				id: "ai",
				label: {
					en: "Artificial intelligence"
				},
				points: 10
			},
			{
				id: "next-gen-communications",
				label: {
					en: "Next-generation communications"
				},
				points: 10
			},
			{
				id: "advanced-robotics-manufacturing",
				label: {
					en: "Advanced robotics and manufacturing"
				},
				points: 10
			},
			{
				id: "quantum",
				label: {
					en: "Quantum"
				},
				points: 10
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
		}
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
		]
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
		]
	}
];
const pathways = [
	{
		id: "legacy",
		label: {
			en: "Original K-Tech Pass criteria (since April 2025)"
		},
		description: {
			en: "A master's or doctorate from a world top-100 university, long experience at a global top-500 company or top institute, and a salary of 3x GNI per capita; or a salary of 4x GNI per capita alone."
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
			en: "Qualitative track (since July 2026)"
		},
		description: {
			en: "Your points, including any SME bonus, reach the pass mark."
		},
		when: {
			score: "total",
			atLeast: "passMark"
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
		en: "Online visa processing within about two weeks"
	},
	{
		en: "Permanent residency possible after 3 years"
	},
	{
		en: "Your spouse may work in Korea"
	},
	{
		en: "Extended family may live with you"
	},
	{
		en: "50% income-tax reduction for up to 10 years"
	},
	{
		en: "Housing loans at domestic rates"
	},
	{
		en: "Children admitted to international schools"
	}
];
const assumptions = [
	{
		en: "Item-level points are not public: every item's points here are assumptions that add up to the published totals."
	}
];
const disclaimer = {
	en: "This is an estimate, not a government decision. Only the Ministry of Justice and KOTRA decide who receives a K-Tech Pass or an F-2-T visa."
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
