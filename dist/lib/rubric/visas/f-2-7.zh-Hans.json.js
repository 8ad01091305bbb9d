const rubric = "f-2-7-2026";
const language = "zh-Hans";
const texts = {
	title: "积分制居住签证（F-2-7）",
	sources: {
		"stay-manual": {
			title: "《外国人滞留指南手册》（按滞留资格），2026年9月版（最后修订于2026年9月18日）",
			publisher: "韩国法务部出入境·外国人政策本部（HiKorea）"
		},
		"gni-standard": {
			title: "签证审查适用的人均国民总收入：52,416,000韩元（2026年4月1日至2027年3月31日）",
			publisher: "韩国法务部（HiKorea公告）"
		},
		hikorea: {
			title: "HiKorea：电子申请及出入境管理机关访问预约",
			publisher: "韩国法务部"
		}
	},
	parameters: {
		gni: {
			label: "人均国民总收入",
			note: "韩国银行初步统计数据；该标准每年4月1日更新。"
		},
		minimumWage: {
			label: "全年最低工资（2026年）",
			note: "每月2,156,880韩元 × 12，每年1月1日调整；最低收入档从此开始。"
		}
	},
	categories: {
		common: {
			label: "共同项目"
		},
		bonus: {
			label: "加分"
		},
		deductions: {
			label: "减分"
		}
	},
	steps: {
		you: {
			label: "个人信息"
		},
		education: {
			label: "学历与韩语"
		},
		more: {
			label: "推荐、志愿服务与违法记录"
		}
	},
	questions: {
		age: {
			label: "您的年龄",
			help: "按周岁填写。",
			assumption: "按今天的年龄计算；积分表按申请当日的年龄计算。未满18岁不在表内，计0分。"
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
		currentStatus: {
			label: "您目前在韩国的滞留资格",
			options: {
				professional: {
					label: "专业类资格：E-1至E-7-1，或D-5至D-9",
					help: "不含E-6-2、E-7-2、E-7-3和E-7-4。"
				},
				student: {
					label: "留学（D-2）或求职（D-10）"
				},
				visitor: {
					label: "短期滞留：B-1、B-2、C-1、C-3或C-4"
				},
				"worker-trainee": {
					label: "D-3、E-9、E-10或G-1"
				},
				other: {
					label: "其他资格"
				}
			}
		},
		yearsInKorea: {
			label: "以专业类资格在韩国连续滞留的年数",
			help: "指E-1至E-7-1或D-5至D-9资格，可按半年填写，例如2.5。"
		},
		incomeKorea: {
			label: "您去年在韩国的应税收入（韩元）",
			help: "以税务署出具的所得金额证明为准；没有请填0。",
			assumption: "最低一档从2026年全年最低工资25,882,560韩元起算；适用哪一年的最低工资未作说明。没有韩国所得金额证明时，此项计0分（上市公司新录用者除外）。"
		},
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
		salary: {
			label: "在韩国的拟聘年薪（韩元）",
			help: "录用通知中的税前年薪（韩元）。"
		},
		listedEmployer: {
			label: "雇主是否在KOSPI或KOSDAQ上市？",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否或不确定"
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
			assumption: "所有技术领域均视为属于产业部公告《尖端技术及产品范围》；该公告的实际范围更窄，并按产品列明。"
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
			}
		},
		institution: {
			label: "您的学位中，是否有一个来自世界排名前100的大学？",
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
			assumption: "“世界前100名”或“前500名”按手册中的QS前500名或THE前200名（近5年中任一年）理解。仅在其他排名中位列前500的大学可能不被认可。"
		},
		stemDegree: {
			label: "您的学位是否属于理工科（STEM：科学、技术、工程、数学）？",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否"
				}
			}
		},
		koreanDegree: {
			label: "您在韩国大学取得的最高学位",
			help: "远程大学、网络大学及学分银行制学位不予认可。",
			options: {
				doctorate: {
					label: "博士学位"
				},
				masters: {
					label: "硕士学位"
				},
				bachelors: {
					label: "学士学位"
				},
				associate: {
					label: "专科学位（两年制或三年制专科）"
				},
				none: {
					label: "无"
				}
			},
			assumption: "手册未说明此加分能否与一流大学加分叠加；此处在40分加分上限内叠加计算。"
		},
		koreanGraduation: {
			label: "您何时毕业？",
			options: {
				"within-3": {
					label: "3年以内"
				},
				"within-5": {
					label: "3至5年前"
				},
				earlier: {
					label: "5年以前"
				}
			}
		},
		koreanLevel: {
			label: "韩语水平（TOPIK，或社会融合项目KIIP）",
			help: "请选择TOPIK级别与已完成的KIIP阶段中较高的一项。",
			options: {
				"level-5": {
					label: "TOPIK 5级或6级，或KIIP第5阶段"
				},
				"level-4": {
					label: "TOPIK 4级或KIIP第4阶段"
				},
				"level-3": {
					label: "TOPIK 3级或KIIP第3阶段"
				},
				"level-2": {
					label: "TOPIK 2级或KIIP第2阶段"
				},
				"level-1": {
					label: "TOPIK 1级或KIIP第1阶段"
				},
				none: {
					label: "暂无"
				}
			}
		},
		kiipLevel5: {
			label: "您是否已完成社会融合项目（KIIP）第5阶段基本课程或更高课程？",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否"
				}
			}
		},
		koreanWarTalent: {
			label: "您是否作为朝鲜战争参战国优秀人才获得韩国中央行政机关推荐？",
			assumption: "未询问，按“否”计算。",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否"
				}
			}
		},
		ministryRecommendation: {
			label: "您是否持有韩国中央行政机关的推荐信？",
			assumption: "未询问，按“否”计算。",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否"
				}
			}
		},
		volunteering: {
			label: "在韩志愿服务记录",
			assumption: "未询问，按“无”计算。",
			options: {
				none: {
					label: "不足1年"
				},
				"one-year": {
					label: "1年以上，6次以上，50小时以上"
				},
				"two-years": {
					label: "2年以上，12次以上，100小时以上"
				},
				"three-years": {
					label: "3年以上，18次以上，150小时以上"
				}
			}
		},
		criminalRecord: {
			label: "在韩国或国外的犯罪记录",
			help: "包括罚金和刑罚（含缓刑）。",
			options: {
				none: {
					label: "无"
				},
				"fine-under-2m": {
					label: "罚金不足2,000,000韩元"
				},
				"fine-2m-3m": {
					label: "罚金2,000,000至2,999,999韩元"
				},
				"fine-3m-plus": {
					label: "3年以前的3,000,000韩元以上罚金，或5年以前的更重刑罚"
				},
				disqualifying: {
					label: "近3年内3,000,000韩元以上罚金，或近5年内被判监禁刑"
				}
			},
			assumption: "未询问，按“无”计算。"
		},
		immigrationViolation: {
			label: "违反《出入境管理法》（罚款）",
			help: "包括近3年内缴纳的罚款，以及近5年内的出境命令或强制驱逐。",
			options: {
				none: {
					label: "无"
				},
				"fine-500k-1m": {
					label: "罚款500,000至999,999韩元"
				},
				"fine-1m-3m": {
					label: "罚款1,000,000至2,999,999韩元"
				},
				"fine-3m-plus": {
					label: "罚款3,000,000韩元以上，或出境命令、强制驱逐"
				},
				disqualifying: {
					label: "近3年内罚款合计5,000,000韩元以上"
				}
			},
			assumption: "未询问，按“无”计算。手册规定：近3年内违法3次以上且罚款合计5,000,000韩元以上者不能申请。"
		}
	},
	pathways: {
		listedCompany: {
			label: "上市公司",
			description: "受雇于KOSPI或KOSDAQ上市公司，担任管理或专业职位，并达到80分。",
			status: "积分制居住签证（F-2-7）",
			basis: "F-2-7申请类别：上市公司员工",
			next: [
				{
					text: "向韩国所辖出入境管理机关申请变更滞留资格，并在HiKorea预约访问。"
				},
				{
					text: "请携带税务署出具的所得金额证明，以及各计分项目的证明材料。"
				}
			]
		},
		promisingIndustry: {
			label: "尖端技术领域",
			description: "在尖端技术领域工作，收入达GNI的1.5倍以上，并达到80分。",
			status: "积分制居住签证（F-2-7）",
			basis: "F-2-7申请类别：潜力产业从业者（GNI的1.5倍）",
			next: [
				{
					text: "向韩国所辖出入境管理机关申请变更滞留资格，并在HiKorea预约访问。"
				},
				{
					text: "请携带税务署出具的所得金额证明，以及各计分项目的证明材料。"
				}
			]
		},
		professional: {
			label: "在韩专业人才",
			description: "以专业类资格在韩滞留3年（或收入40,000,000韩元以上），并达到80分。",
			status: "积分制居住签证（F-2-7）",
			basis: "F-2-7申请类别：专业人才（E-1至E-7-1、D-5至D-9）",
			next: [
				{
					text: "向韩国所辖出入境管理机关申请变更滞留资格，并在HiKorea预约访问。"
				},
				{
					text: "请携带税务署出具的所得金额证明，以及各计分项目的证明材料。"
				}
			]
		},
		studyTalent: {
			label: "韩国大学毕业生",
			description: "近5年内取得韩国硕士或博士学位、在专业领域就业，并达到80分。",
			status: "积分制居住签证（F-2-7）",
			basis: "F-2-7申请类别：在韩留学优秀人才",
			next: [
				{
					text: "向韩国所辖出入境管理机关申请变更滞留资格，并在HiKorea预约访问。"
				},
				{
					text: "请携带税务署出具的所得金额证明，以及各计分项目的证明材料。"
				}
			]
		}
	},
	benefits: [
		"几乎不受就业限制的居留资格，根据分数每次最长5年",
		"配偶和子女可随行（F-2-71）",
		"3年后可申请永久居留（F-5-16）"
	],
	assumptions: [
		"积分表为2026年4月14日修订版（共同项目最高130分，加分最高40分，合格线80分）。",
		"专科学位（理工科15分，其他10分）未询问，按无学位计算。",
		"减分最多计至−70分：手册标题写−70分，表头写−80分；各项合计为−70分。",
		"未询问但同样必须满足：近5年内无监禁以上刑罚，近3年内无3,000,000韩元以上罚金，无虚假材料，无禁止入境事由，近3年内未在受限行业工作。",
		"此处不核对：潜力人才（F-2-7S，需校长推荐）、免除积分要求的E-7-S持有人，以及家属。",
		"滞留期限按分数决定：80至109分1年，110至119分2年，120至129分3年，130分以上5年（如按收入分数更有利，则按收入分数）。"
	],
	disclaimer: "这只是估算，并非决定。滞留资格由法务部决定。"
};
var f27zh = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { f27zh as default, language, rubric, texts };
