const rubric = "ktech-pass-2026-09";
const language = "zh-Hans";
const texts = {
	title: "K-Tech Pass及顶尖人才（F-2-T）签证自我评估",
	sources: {
		"top-tier-guideline": {
			title: "《尖端产业及科学技术领域最优秀人才（Top-Tier）签证签发及滞留管理指南》，2026年6月25日起施行，收录于《分资格滞留业务指南手册》（2026年9月版）",
			publisher: "韩国法务部（HiKorea）"
		},
		"ktech-pass-overview": {
			title: "K-Tech Pass项目概要（参考2），收录于同一手册：该版本尚无定性评估通道",
			publisher: "韩国法务部（HiKorea）"
		},
		"gni-standard": {
			title: "签证审查适用的人均国民总收入：52,416,000韩元（2026年4月1日至2027年3月31日）",
			publisher: "韩国法务部（HiKorea公告）"
		},
		"bok-gni-2025": {
			title: "2025年人均国民总收入（初步统计）：52,416,000韩元",
			publisher: "韩国银行"
		},
		"announcement-2026-07": {
			title: "2026年7月2日的媒体报道：K-Tech Pass定性评估通道（定量65分、定性35分，中小企业加分10分）及保健福祉部、宇宙航空厅项目引进的学者",
			publisher: "有关韩国产业通商部公告的媒体报道"
		},
		"kotra-gtc": {
			title: "KOTRA海外人才引进中心：K-Tech Pass申请",
			publisher: "大韩贸易投资振兴公社（KOTRA）"
		},
		"strategic-tech": {
			title: "12项国家战略技术",
			publisher: "韩国科学技术信息通信部"
		},
		"visa-portal": {
			title: "韩国签证门户网站：电子签证及签证类型",
			publisher: "韩国法务部"
		},
		hikorea: {
			title: "HiKorea：滞留资格变更电子申请及分资格滞留业务指南手册",
			publisher: "韩国法务部（HiKorea）"
		},
		"tax-act": {
			title: "韩国《租税特例限制法》第18条（外国技术人员所得税减免）",
			publisher: "韩国国家法令信息中心"
		}
	},
	parameters: {
		gni: {
			label: "人均国民总收入",
			note: "韩国银行初步统计数据；该标准每年4月1日更新。"
		}
	},
	passMark: {
		assumption: "定性评估通道的合格线未公开；将合格线定为60分（满分100分）是本工具的假设。"
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
		situation: {
			label: "您的情况"
		},
		offer: {
			label: "您的录用通知"
		},
		education: {
			label: "学历"
		},
		career: {
			label: "工作经历与单位"
		},
		research: {
			label: "研究成果"
		},
		expertise: {
			label: "专业能力与职位"
		},
		field: {
			label: "专业领域"
		}
	},
	questions: {
		jobOffer: {
			label: "您是否已获得韩国企业或机构的录用通知？",
			help: "指书面录用通知或雇佣合同。顶尖人才居住签证（F-2-T）的所有途径都需要雇佣合同；预备顶尖人才求职签证（D-10-T）则不需要。",
			options: {
				yes: {
					label: "是"
				},
				"not-yet": {
					label: "尚未获得"
				}
			},
			needs: "需要获得韩国企业或机构的录用通知"
		},
		governmentProgramme: {
			label: "您是否通过政府项目受聘？",
			help: "据报道，通过以下项目引进的学者可享受K-Tech Pass的各项支持。",
			options: {
				mohw: {
					label: "是，保健福祉部项目"
				},
				kasa: {
					label: "是，宇宙航空厅（KASA）项目"
				},
				none: {
					label: "否"
				}
			}
		},
		inKorea: {
			label: "您目前是否持有效的滞留资格身在韩国？",
			help: "如是，您可在韩国境内变更滞留资格，无需在海外重新申请签证。",
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
			assumption: "各分值以及1倍、1.5倍、2倍区间均为假设；3倍和4倍依据顶尖人才指南。"
		},
		employerSize: {
			label: "招聘企业的规模",
			help: "据报道，符合韩国《中小企业基本法》的中小企业在定性评估通道中可获得10分加分。",
			options: {
				sme: {
					label: "中小企业"
				},
				large: {
					label: "大企业或其他"
				}
			},
			assumption: "中小企业加分仅见于报道，尚未写入官方文件。"
		},
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
			label: "您的硕士或博士学位中，是否有一个来自世界排名前100的大学？",
			help: "指近5年内，在以下至少一项排名中位列前100名：QS世界大学排名、QS学科排名（工程与技术）、泰晤士高等教育（THE）世界大学排名、THE学科排名（工程）、U.S. News世界大学排名或其工程学科排名。",
			options: {
				top100: {
					label: "是，位列前100名"
				},
				top500: {
					label: "否，但位列前500名"
				},
				other: {
					label: "否"
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
			help: "指在本领域从事研究的年数，可按半年填写，例如4.5。"
		},
		employer: {
			label: "您曾在哪些单位工作满3年？请选择所有符合的选项。",
			help: "世界级企业的附属研究所同时属于前两项。",
			options: {
				global500: {
					label: "世界级企业",
					help: "近3年内入选《福布斯》全球2000强（前500名）、《时代》百大最具影响力企业（TIME100 Most Influential Companies）或《财富》世界500强之一。"
				},
				"top-institute": {
					label: "世界级研究机构",
					help: "世界排名前100大学的研究所、世界500强企业的附属研究所，或政府主导的研究机构。"
				},
				large: {
					label: "其他大型企业或上市公司"
				},
				other: {
					label: "以上都不是"
				}
			},
			assumption: "各类单位的分值为假设。"
		},
		koreaExperience: {
			label: "您是否曾在韩国企业的尖端产业领域工作满1年？",
			help: "指持驻在（D-7）至特定活动（E-7）或居住（F-2）资格在韩工作。",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否"
				}
			}
		},
		researchDistinction: {
			label: "以下哪一项符合您的情况？",
			help: "这是科学技术领域的认定标准，满足任一项即可；该领域没有收入要求。",
			options: {
				pi: {
					label: "在本领域工作5年以上，任项目负责人（PI）、助理教授或责任研究员以上职务",
					help: "在世界排名前100大学的研究所任项目负责人（PI）或助理教授以上；或在全球500强企业附属研究所、国立或公立研究机构任责任研究员以上；或相当于上述人员的核心研究人员。"
				},
				patents: {
					label: "三方专利、国际标准专利或技术使用费收入",
					help: "拥有三方专利或国际标准专利，或近3年技术使用费收入达10亿韩元以上。"
				},
				citations: {
					label: "高被引研究者或代表性论文作者",
					help: "入选高被引研究者（Highly Cited Researcher，论文被引次数前1%）名单，或为《科学》（Science）、《自然》（Nature）等国际期刊评选（如年度突破）的代表性论文的作者。"
				},
				prize: {
					label: "国际权威奖项",
					help: "诺贝尔奖、菲尔兹奖等国际公认的权威奖项获得者，或获得此类获奖者推荐的人。"
				},
				none: {
					label: "以上都不是"
				}
			}
		},
		field: {
			label: "您从事哪个领域的工作？",
			help: "八大国家尖端战略产业仅在顶尖人才指南附件2所列的范围内认定。",
			options: {
				semiconductors: {
					label: "半导体",
					help: "属于Top-tier指南附件2所列半导体范围的技术。"
				},
				"secondary-batteries": {
					label: "二次电池",
					help: "属于Top-tier指南附件2所列二次电池范围的技术。"
				},
				displays: {
					label: "显示面板",
					help: "属于Top-tier指南附件2所列显示器范围的技术。"
				},
				biotech: {
					label: "生物",
					help: "生物医药及类器官再生疗法。"
				},
				robotics: {
					label: "机器人",
					help: "人形机器人及相关技术。"
				},
				defense: {
					label: "国防工业",
					help: "推力15,000磅级以上的先进航空燃气涡轮发动机及其核心材料、零部件和设备。"
				},
				ai: {
					label: "人工智能（AI）",
					help: "属于Top-tier指南附件2所列人工智能范围的技术。"
				},
				"advanced-mobility": {
					label: "先进移动出行",
					help: "未来汽车、环保船舶及自主航行船舶、无人机。"
				},
				"other-strategic": {
					label: "其他国家战略技术",
					help: "量子、氢能、新一代核能、航空航天、网络安全、新一代通信。"
				},
				stem: {
					label: "其他理工科领域（STEM）",
					help: "任何理工科领域：从机械、电气、土木工程到数学、物理、化学、生命科学、医学和脑科学。"
				},
				"non-tech": {
					label: "非理工科领域"
				}
			},
			assumption: "各领域的分值为假设。"
		},
		evidence: {
			label: "最能证明您特定技术专长的成果",
			options: {
				leading: {
					label: "领先",
					help: "本领域已授权专利或顶级会议、期刊论文，或大规模应用产品的技术负责人。"
				},
				solid: {
					label: "扎实",
					help: "经同行评审的论文、专利申请，或已上市产品的资深工程师。"
				},
				emerging: {
					label: "起步阶段",
					help: "有一些论文、开源成果或项目，尚未获得广泛认可。"
				},
				none: {
					label: "暂无"
				}
			},
			assumption: "各等级及其分值为假设。"
		},
		role: {
			label: "拟聘职位对招聘企业的战略价值",
			options: {
				"core-lead": {
					label: "由您牵头建设企业尚不具备的能力"
				},
				"core-rnd": {
					label: "核心研发"
				},
				support: {
					label: "技术支持岗位"
				}
			},
			assumption: "各等级及其分值为假设。"
		}
	},
	pathways: {
		topTierStandard: {
			label: "顶尖人才：学位、经历、3倍GNI",
			description: "须具备顶尖大学的硕士或博士学位、顶尖工作经历、达人均GNI 3倍的年薪，以及尖端产业领域的录用通知。",
			status: "顶尖人才居住签证（F-2-T）",
			basis: "顶尖人才指南 尖端产业领域 第1目",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心申请K-Tech Pass及韩国产业通商部部长推荐。"
				},
				{
					text: "如您在韩国境内：请通过HiKorea电子申请或前往所辖出入境管理机构，将滞留资格变更为F-2-T。"
				},
				{
					text: "如您在海外：请在韩国签证门户网站申请F-2-T电子签证（可由本人或雇主代为申请）。"
				},
				{
					text: "所需材料：雇佣合同、公司的营业执照（事业者登记证）、本国出具的无犯罪记录证明（须经海牙认证或领事认证）。"
				}
			]
		},
		topTierHighIncome: {
			label: "顶尖人才：4倍GNI",
			description: "年薪达人均GNI 4倍，具备顶尖学位或顶尖工作经历（至少其一），并持有尖端产业领域的录用通知。",
			status: "顶尖人才居住签证（F-2-T）",
			basis: "顶尖人才指南 尖端产业领域 第2目",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心申请K-Tech Pass及韩国产业通商部部长推荐。"
				},
				{
					text: "如您在韩国境内：请通过HiKorea电子申请或前往所辖出入境管理机构，将滞留资格变更为F-2-T。"
				},
				{
					text: "如您在海外：请在韩国签证门户网站申请F-2-T电子签证（可由本人或雇主代为申请）。"
				},
				{
					text: "所需材料：雇佣合同、公司的营业执照（事业者登记证）、本国出具的无犯罪记录证明（须经海牙认证或领事认证）。"
				}
			]
		},
		topTierKoreaExperience: {
			label: "顶尖人才：在韩工作经历、2倍GNI",
			description: "须具备顶尖学位和工作经历、在韩国尖端产业领域工作满1年、达人均GNI 2倍的年薪，以及尖端产业领域的录用通知。",
			status: "顶尖人才居住签证（F-2-T）",
			basis: "顶尖人才指南 尖端产业领域 第3目",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心申请K-Tech Pass及韩国产业通商部部长推荐。"
				},
				{
					text: "如您在韩国境内：请通过HiKorea电子申请或前往所辖出入境管理机构，将滞留资格变更为F-2-T。"
				},
				{
					text: "如您在海外：请在韩国签证门户网站申请F-2-T电子签证（可由本人或雇主代为申请）。"
				},
				{
					text: "所需材料：雇佣合同、公司的营业执照（事业者登记证）、本国出具的无犯罪记录证明（须经海牙认证或领事认证）。"
				}
			]
		},
		scienceTrack: {
			label: "顶尖人才：科学技术领域",
			description: "满足该领域四项研究标准之一，并持有理工科领域的录用通知；无收入要求。",
			status: "顶尖人才居住签证（F-2-T）",
			basis: "顶尖人才指南 科学技术领域 第1目",
			next: [
				{
					text: "邀请机构向韩国科学技术信息通信部申请推荐。"
				},
				{
					text: "如您在韩国境内：请通过HiKorea电子申请或前往所辖出入境管理机构，将滞留资格变更为F-2-T。"
				},
				{
					text: "如您在海外：请在韩国签证门户网站申请F-2-T电子签证（可由本人或雇主代为申请）。"
				},
				{
					text: "所需材料：雇佣合同、公司的营业执照（事业者登记证）、本国出具的无犯罪记录证明（须经海牙认证或领事认证）。"
				}
			]
		},
		governmentScholar: {
			label: "政府项目引进学者（据报道）",
			description: "通过保健福祉部或宇宙航空厅项目引进、并已获得录用通知的学者。",
			status: "K-Tech Pass的各项支持（据媒体报道）；签证途径尚未公布",
			assumption: "仅见于2026年7月2日的媒体报道。经产业通商部推荐（第4目）获得F-2-T，是本工具的假设。",
			next: [
				{
					text: "邀请机构向KOTRA海外人才引进中心申请K-Tech Pass。"
				},
				{
					text: "请向邀请机构询问该项目使用哪种签证；如获产业通商部推荐，您可能获得F-2-T（本工具的假设）。"
				}
			]
		},
		qualitative: {
			label: "K-Tech Pass定性评估通道（据报道）",
			description: "持有理工科领域的录用通知，且得分（含中小企业加分）达到合格线。",
			status: "K-Tech Pass（据媒体报道）",
			assumption: "仅见于2026年7月2日的媒体报道；2026年9月的官方项目概要尚未收录，各项分值和合格线均为假设。由此获得F-2-T也是本工具的假设：第4目要求经产业通商部审核并推荐。",
			next: [
				{
					text: "招聘企业通过KOTRA海外人才引进中心在线申请K-Tech Pass。"
				},
				{
					text: "如获产业通商部推荐，您可能依据第4目获得F-2-T（本工具的假设）。身在韩国境内的，请通过HiKorea电子申请或前往所辖出入境管理机构变更滞留资格。"
				},
				{
					text: "如获产业通商部推荐，您可能依据第4目获得F-2-T（本工具的假设）。身在海外的，请在韩国签证门户网站申请电子签证。"
				}
			]
		},
		promisingTopTier: {
			label: "潜力顶尖人才（E-7-T）",
			description: "须具备顶尖学位和工作经历、达人均GNI 2倍的年薪，以及尖端产业领域的录用通知。",
			status: "潜力顶尖人才特定活动签证（E-7-T）",
			basis: "顶尖人才指南 潜力顶尖人才（E-7-T）",
			next: [
				{
					text: "招聘企业向KOTRA海外人才引进中心申请产业通商部部长推荐。"
				},
				{
					text: "如您在韩国境内：请通过HiKorea电子申请或前往所辖出入境管理机构，将滞留资格变更为E-7-T。"
				},
				{
					text: "如您在海外：请在韩国签证门户网站申请E-7-T电子签证（可由本人或雇主代为申请）。"
				},
				{
					text: "所需材料：雇佣合同、公司的营业执照（事业者登记证）、本国出具的无犯罪记录证明（须经海牙认证或领事认证）。"
				}
			]
		},
		preliminaryTopTier: {
			label: "预备顶尖人才（D-10-T）",
			description: "只需世界排名前100大学的硕士或博士学位，无需录用通知，也无需部门推荐。这是在韩国求职用的签证。",
			status: "预备顶尖人才求职签证（D-10-T）",
			basis: "顶尖人才指南 预备顶尖人才（D-10-T）",
			next: [
				{
					text: "向韩国驻外使领馆申请有效期6个月的单次入境D-10-T签证；该签证不以电子签证签发，也无需部门推荐。"
				},
				{
					text: "持D-10-T最长可在韩停留3年寻找工作；获得录用通知后，请重新查看上述途径。"
				}
			]
		},
		scholarBeforeOffer: {
			label: "政府项目引进学者：签订合同前（据报道）",
			description: "通过保健福祉部或宇宙航空厅项目引进、尚未签订雇佣合同的学者。",
			status: "受聘后可享受K-Tech Pass的各项支持（据媒体报道）",
			assumption: "仅见于2026年7月2日的媒体报道。",
			next: [
				{
					text: "邀请机构先与您签订雇佣合同，再向KOTRA海外人才引进中心申请K-Tech Pass；后续步骤请向邀请机构询问。"
				}
			]
		}
	},
	benefits: [
		"无需前往使领馆，约两周即可在线获得电子签证（在海外申请F-2-T时）",
		"配偶和子女持F-2-T1随行，配偶可自由就业",
		"F-2-T无需参加韩国语考试",
		"持F-2-T满3年后可转为永久居留（F-5-T），条件是仍在尖端产业领域工作、收入达人均GNI 3倍，并完成社会融合项目（KIIP）第3阶段或取得TOPIK 3级",
		"可邀请父母（F-1-15）和家政人员（F-1-24）来韩；D-10-T除外",
		"出入境优待卡：在机场使用快速通道（E-7-T、F-2-T、F-5-T）",
		"10年内工资薪金所得税减免50%，须符合韩国《租税特例限制法》第18条规定的条件和期限",
		"子女可不占名额入读外国人学校",
		"全租房（jeonse）贷款额度与韩国国民相同",
		"行政礼宾服务：机场入境协助、外国人登录、开通手机及银行账户"
	],
	assumptions: [
		"定性评估通道及其定量65分、定性35分的配分、中小企业加分和政府项目引进学者途径，仅见于2026年7月2日的媒体报道；2026年9月的K-Tech Pass项目概要尚未收录。",
		"各项分值和合格线均未公开：本工具采用的数值为假设，与报道的定量65分、定性35分及中小企业10分加分相符。",
		"通过定性评估通道可获得F-2-T，是本工具的假设：第4目要求经产业通商部审核并推荐。",
		"E-7-T同样按人均国民总收入52,416,000韩元的标准判断。有二手资料称，E-7的工资下限在2027年3月31日前沿用此前的标准（49,955,000韩元），但我们未能在HiKorea公告中核实。",
		"所有途径还须经主管部门审核并推荐，任何估算都无法预知其结果。"
	],
	disclaimer: "本结果仅为估算，并非正式决定。K-Tech Pass由KOTRA签发，签证由韩国法务部审批。",
	scope: {
		text: "本工具仅评估顶尖人才签证（F-2-T、E-7-T、D-10-T）和K-Tech Pass。其他签证也可能适合您：专业人才就业签证（E-7）、求职签证（D-10）及积分制居住签证（F-2-7）。",
		links: [
			{
				text: "韩国签证门户网站：签证类型及申请方法"
			},
			{
				text: "HiKorea：各滞留资格的业务指南手册"
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
