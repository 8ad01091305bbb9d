const rubric = "ktech-pass-2026-09";
const language = "zh-Hans";
const texts = {
	title: "K‑Tech Pass及顶尖人才（F‑2‑T）签证自我评估",
	sources: {
		"top-tier-guideline": {
			title: "《尖端产业及科学技术领域最优秀人才（Top-Tier）签证签发及滞留管理指南》（첨단산업 및 과학기술 분야 최우수인재 톱티어(Top-Tier) 사증발급 및 체류관리 지침），2026年6月25日起施行，收录于《滞留业务分资格指南手册》（2026年9月版）",
			publisher: "韩国法务部（법무부，HiKorea）"
		},
		"ktech-pass-overview": {
			title: "K‑Tech Pass项目概要，收录于同一手册",
			publisher: "韩国法务部（법무부，HiKorea）"
		},
		"gni-standard": {
			title: "签证审查适用的人均国民总收入：52,416,000韩元（2026年4月1日至2027年3月31日）",
			publisher: "韩国法务部（법무부，HiKorea公告）"
		},
		"bok-gni-2025": {
			title: "2025年人均国民总收入（初步统计）：52,416,000韩元",
			publisher: "韩国银行（한국은행）"
		},
		"announcement-2026-07": {
			title: "K‑Tech Pass定性评估通道（定量65分、定性35分，中小企业加分，政府项目引进学者）；F‑2‑T取消韩国语能力要求",
			publisher: "韩国产业通商部（산업통상부）、法务部（법무부）（据媒体报道）"
		},
		"kotra-gtc": {
			title: "KOTRA海外人才引进中心（해외인재유치센터）：K‑Tech Pass申请",
			publisher: "大韩贸易投资振兴公社（KOTRA）"
		},
		"strategic-tech": {
			title: "12项国家战略技术",
			publisher: "韩国科学技术信息通信部（과학기술정보통신부）"
		}
	},
	parameters: {
		gni: {
			label: "人均国民总收入",
			note: "韩国银行初步统计数据；该标准每年4月1日更新。"
		}
	},
	passMark: {
		assumption: "定性评估通道的合格线未公开；满分100分中的60分为本工具的假设。"
	},
	categories: {
		quantitative: {
			label: "定量评估"
		},
		qualitative: {
			label: "定性评估"
		},
		bonus: {
			label: "中小企业加分"
		}
	},
	steps: {
		career: {
			label: "学历与工作经历"
		},
		expertise: {
			label: "专业能力与职位"
		},
		employer: {
			label: "招聘企业与政府项目"
		}
	},
	questions: {
		degree: {
			label: "您的最高学位",
			options: {
				doctorate: {
					label: "博士学位（PhD或同等学位）"
				},
				masters: {
					label: "硕士学位"
				},
				bachelors: {
					label: "学士学位"
				},
				none: {
					label: "无大学学位"
				}
			},
			assumption: "各学位的分值为假设。"
		},
		institution: {
			label: "授予该学位的大学排名",
			help: "前100名：近5年内，在QS世界大学排名、QS学科排名（工程与技术）、泰晤士高等教育（THE）世界大学排名、THE学科排名（工程）、U.S. News世界大学排名或其工程学科排名中，至少有一项位列前100名。",
			options: {
				top100: {
					label: "世界前100名"
				},
				top500: {
					label: "世界前500名"
				},
				other: {
					label: "其他或未上榜"
				}
			},
			assumption: "各排名区间的分值为假设。"
		},
		experience: {
			label: "本领域工作年数（含研究经历）",
			help: "全职工作年数合计，可按半年填写，例如7.5。",
			assumption: "各年数区间的分值为假设。"
		},
		postdocResearch: {
			label: "取得博士学位后的研究年数",
			help: "指本领域的研究经历，可按半年填写，例如4.5。"
		},
		employer: {
			label: "您工作满3年的单位",
			help: "如有多项符合，请选择最高的一项。",
			options: {
				global500: {
					label: "世界级企业",
					help: "近3年内入选《福布斯》全球2000强（前500名）、《时代》百大最具影响力企业（TIME100 Most Influential Companies）或《财富》世界500强之一。"
				},
				"top-institute": {
					label: "世界级研究机构",
					help: "世界排名前100大学的研究所、世界级企业的附属研究所，或政府主导的研究机构。"
				},
				large: {
					label: "其他大型企业或上市公司"
				},
				other: {
					label: "其他单位"
				},
				none: {
					label: "未在任何单位工作满3年"
				}
			},
			assumption: "各类单位的分值为假设。"
		},
		koreaExperience: {
			label: "是否曾在韩国企业的尖端产业领域工作满1年",
			help: "指以驻在（D‑7）至特定活动（E‑7）或居住（F‑2）资格在韩工作。",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否"
				}
			}
		},
		salary: {
			label: "在韩国的拟聘年薪（韩元）",
			help: "录用通知中的税前年薪（韩元），将与韩国人均国民总收入进行比较。",
			assumption: "各分值以及1倍、1.5倍、2倍区间均为假设；3倍和4倍区间依据顶尖人才指南。"
		},
		field: {
			label: "您的技术领域",
			help: "八大国家尖端战略产业得分最高。",
			options: {
				semiconductors: {
					label: "半导体"
				},
				"secondary-batteries": {
					label: "二次电池"
				},
				displays: {
					label: "显示面板"
				},
				biotech: {
					label: "生物技术"
				},
				robotics: {
					label: "机器人"
				},
				defense: {
					label: "国防工业"
				},
				ai: {
					label: "人工智能（AI）"
				},
				"advanced-mobility": {
					label: "尖端出行",
					help: "未来汽车、环保或自主航行船舶、无人机。"
				},
				"other-strategic": {
					label: "其他国家战略技术",
					help: "量子、氢能、新一代核能、航空航天、网络安全、新一代通信。"
				},
				"other-tech": {
					label: "其他技术领域"
				},
				"non-tech": {
					label: "非技术领域"
				}
			},
			assumption: "各领域的分值为假设。"
		},
		evidence: {
			label: "最能证明您特定技术专长的成果",
			options: {
				leading: {
					label: "顶尖",
					help: "本领域已授权专利或顶级会议、期刊论文，或大规模应用产品的技术负责人。"
				},
				solid: {
					label: "优秀",
					help: "经同行评审的论文、专利申请，或已上市产品的资深工程师。"
				},
				emerging: {
					label: "成长阶段",
					help: "有一些论文、开源成果或项目，尚未获得广泛认可。"
				},
				none: {
					label: "暂无"
				}
			},
			assumption: "各等级及其分值为假设。"
		},
		researchDistinction: {
			label: "您最突出的研究成就",
			help: "用于科学技术领域途径。",
			options: {
				pi: {
					label: "项目负责人或首席研究员，5年以上",
					help: "世界排名前100大学研究所的项目负责人（PI）或助理教授以上，或全球500强企业附属研究所、公立研究机构的首席研究员（책임급）以上。"
				},
				patents: {
					label: "核心专利或技术转让收入",
					help: "拥有三方专利或国际标准专利，或近3年技术转让收入达10亿韩元以上。"
				},
				citations: {
					label: "高被引或代表性论文",
					help: "高被引研究者（Highly Cited Researcher），或被《科学》（Science）、《自然》（Nature）等期刊评为年度重大成果的论文的主要作者。"
				},
				prize: {
					label: "重大国际奖项",
					help: "如诺贝尔奖、菲尔兹奖等获奖者，或获得获奖者的推荐。"
				},
				none: {
					label: "以上皆无"
				}
			}
		},
		role: {
			label: "拟聘职位对招聘企业的战略价值",
			options: {
				"core-lead": {
					label: "由您主导企业所欠缺的核心能力"
				},
				"core-rnd": {
					label: "核心研发"
				},
				support: {
					label: "技术支持岗位"
				},
				"no-offer": {
					label: "尚未获得录用通知"
				}
			},
			assumption: "各等级及其分值为假设。"
		},
		employerSize: {
			label: "招聘企业的规模",
			help: "符合韩国《中小企业基本法》（중소기업기본법）的中小企业可获10分加分。",
			options: {
				sme: {
					label: "中小企业"
				},
				large: {
					label: "大企业或其他"
				}
			}
		},
		governmentProgramme: {
			label: "是否通过政府项目引进",
			help: "通过以下项目引进的学者可自动获得资格。",
			options: {
				mohw: {
					label: "是，保健福祉部（보건복지부）项目"
				},
				kasa: {
					label: "是，宇宙航空厅（우주항공청）项目"
				},
				none: {
					label: "否"
				}
			}
		}
	},
	pathways: {
		topTierStandard: {
			label: "顶尖人才：学位、经历、3倍GNI",
			description: "须具备顶尖大学硕士或博士学位、顶尖工作经历、达人均GNI 3倍的年薪，以及尖端产业领域的录用通知。",
			status: "顶尖人才居住签证（톱티어 거주，F‑2‑T）",
			basis: "顶尖人才指南 尖端产业领域 第1目（가목）",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心（해외인재유치센터）申请K‑Tech Pass及韩国产业通商部（산업통상부，2025年10月前为产业通商资源部）部长推荐。"
				},
				{
					text: "获得推荐后，在韩国签证门户网站（대한민국 비자포털）申请F‑2‑T电子签证。"
				}
			]
		},
		topTierHighIncome: {
			label: "顶尖人才：4倍GNI",
			description: "年薪达人均GNI 4倍，并具备顶尖学位或顶尖工作经历之一，以及尖端产业领域的录用通知。",
			status: "顶尖人才居住签证（톱티어 거주，F‑2‑T）",
			basis: "顶尖人才指南 尖端产业领域 第2目（나목）",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心（해외인재유치센터）申请K‑Tech Pass及韩国产业通商部（산업통상부，2025年10月前为产业通商资源部）部长推荐。"
				},
				{
					text: "获得推荐后，在韩国签证门户网站（대한민국 비자포털）申请F‑2‑T电子签证。"
				}
			]
		},
		topTierKoreaExperience: {
			label: "顶尖人才：在韩工作经历、2倍GNI",
			description: "须具备顶尖学位和工作经历、在韩国尖端产业领域工作满1年、达人均GNI 2倍的年薪，以及尖端产业领域的录用通知。",
			status: "顶尖人才居住签证（톱티어 거주，F‑2‑T）",
			basis: "顶尖人才指南 尖端产业领域 第3目（다목）",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心（해외인재유치센터）申请K‑Tech Pass及韩国产业通商部（산업통상부，2025年10月前为产业通商资源部）部长推荐。"
				},
				{
					text: "获得推荐后，在韩国签证门户网站（대한민국 비자포털）申请F‑2‑T电子签证。"
				}
			]
		},
		qualitative: {
			label: "K‑Tech Pass定性评估通道（2026年7月起）",
			description: "须持有录用通知，且得分（含中小企业加分）达到合格线。",
			status: "K‑Tech Pass，随后获得顶尖人才居住签证（톱티어 거주，F‑2‑T）",
			basis: "K‑Tech Pass定性评估通道（2026年7月）；F‑2‑T依据顶尖人才指南 尖端产业领域 第4目（라목）",
			assumption: "该通道的各项分值及合格线为假设。",
			next: [
				{
					text: "招聘企业通过KOTRA海外人才引进中心（해외인재유치센터）在线申请K‑Tech Pass。"
				},
				{
					text: "获得K‑Tech Pass后，凭产业通商部（산업통상부）部长推荐（第4目，라목），在韩国签证门户网站（대한민국 비자포털）申请F‑2‑T电子签证。"
				}
			]
		},
		scienceTrack: {
			label: "顶尖人才：科学技术领域",
			description: "须具备突出的研究成就，并持有技术领域的录用通知。",
			status: "顶尖人才居住签证（톱티어 거주，F‑2‑T）",
			basis: "顶尖人才指南 科学技术领域 第1目（가목）",
			next: [
				{
					text: "邀请机构向韩国科学技术信息通信部（과학기술정보통신부）申请推荐。"
				},
				{
					text: "获得推荐后，在韩国签证门户网站（대한민국 비자포털）申请F‑2‑T电子签证。"
				}
			]
		},
		governmentScholar: {
			label: "政府项目引进学者",
			description: "通过保健福祉部（보건복지부）或宇宙航空厅（우주항공청）项目引进的学者可自动获得资格。",
			status: "K‑Tech Pass，随后获得顶尖人才居住签证（톱티어 거주，F‑2‑T）",
			basis: "K‑Tech Pass公告（2026年7月）",
			next: [
				{
					text: "邀请机构向KOTRA海外人才引进中心（해외인재유치센터）申请K‑Tech Pass。"
				},
				{
					text: "获得K‑Tech Pass后，凭产业通商部（산업통상부）部长推荐（第4目，라목），在韩国签证门户网站（대한민국 비자포털）申请F‑2‑T电子签证。"
				}
			]
		},
		promisingTopTier: {
			label: "潜力顶尖人才（E‑7‑T）",
			description: "须具备顶尖学位和工作经历、达人均GNI 2倍的年薪，以及尖端产业领域的录用通知。",
			status: "潜力顶尖人才特定活动签证（유망 톱티어 특정활동，E‑7‑T）",
			basis: "顶尖人才指南 潜力顶尖人才（E‑7‑T）",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心（해외인재유치센터）申请产业通商部（산업통상부）部长推荐。"
				},
				{
					text: "获得推荐后，在韩国签证门户网站（대한민국 비자포털）申请E‑7‑T电子签证。"
				}
			]
		},
		preliminaryTopTier: {
			label: "预备顶尖人才（D‑10‑T）",
			description: "只需顶尖大学的硕士或博士学位，无需录用通知。这是为期6个月的求职签证。",
			status: "预备顶尖人才求职签证（예비 톱티어 구직，D‑10‑T）",
			basis: "顶尖人才指南 预备顶尖人才（D‑10‑T）",
			next: [
				{
					text: "请按照韩国签证门户网站（대한민국 비자포털）的说明，向韩国驻外使领馆申请D‑10‑T签证，无需部门推荐。"
				}
			]
		}
	},
	benefits: [
		"无需前往使领馆，约两周即可在线获得电子签证",
		"配偶可自由就业",
		"持F‑2‑T满3年后可转为永住（F‑5‑T），条件是收入仍达人均GNI 3倍，并完成社会融合项目（사회통합프로그램）第3阶段或取得TOPIK 3级",
		"可邀请父母及家政人员",
		"出入境优待卡：在机场使用快速通道",
		"10年内工资薪金所得税减免50%",
		"子女可不占名额入读外国人学校",
		"全租房（전세）贷款额度与韩国国民相同",
		"行政礼宾服务：机场接机、外国人登录、开通手机及银行账户",
		"F‑2‑T不再要求韩国语能力（TOPIK）：2026年7月起取消"
	],
	assumptions: [
		"各项分值和合格线均未公开：本工具采用的数值为假设，与已公布的定量65分、定性35分及中小企业10分加分相符。",
		"每条途径还须经主管部门审核并推荐，任何估算都无法预知其结果。"
	],
	disclaimer: "本结果仅为估算，并非正式决定。K‑Tech Pass由KOTRA签发，签证由韩国法务部（법무부）审批。"
};
var texts$1 = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { texts$1 as default, language, rubric, texts };
