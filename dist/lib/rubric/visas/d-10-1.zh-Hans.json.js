const rubric = "d-10-1-2026";
const language = "zh-Hans";
const texts = {
	title: "求职签证（D-10-1）积分表",
	sources: {
		"stay-manual": {
			title: "《外国人滞留指南手册》（按滞留资格），2026年9月版（最后修订于2026年9月18日）",
			publisher: "韩国法务部出入境·外国人政策本部（HiKorea）"
		},
		"visa-manual": {
			title: "《签证发放指南手册》，2026年9月版",
			publisher: "韩国法务部（韩国签证门户网站）"
		},
		"visa-portal": {
			title: "韩国签证门户网站：签证及签证发放认定书",
			publisher: "韩国法务部"
		},
		hikorea: {
			title: "HiKorea：电子申请及出入境管理机关访问预约",
			publisher: "韩国法务部"
		}
	},
	categories: {
		basic: {
			label: "基本项目"
		},
		selective: {
			label: "选择项目"
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
			label: "学历与工作经历"
		},
		more: {
			label: "培训、推荐与违法记录"
		}
	},
	questions: {
		age: {
			label: "您的年龄",
			help: "按周岁填写。",
			assumption: "按今天的年龄计算；积分表按申请当日的年龄计算。"
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
		restrictedNationality: {
			label: "您是否为法务部要求达到80分的国家的国民？",
			help: "这些国家由法务部以公告形式指定；可向所辖出入境管理机关或1345外国人综合咨询中心确认。",
			options: {
				yes: {
					label: "是"
				},
				no: {
					label: "否"
				},
				"not-sure": {
					label: "不确定"
				}
			}
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
			assumption: "专科学位仅限在韩国取得者计分（15分）。"
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
			assumption: "“世界前100名”或“前500名”按手册中的THE前200名或QS前500名（以近3年排名为准）理解。仅在其他排名中位列前500的大学可能不被认可。"
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
			assumption: "韩国学位按积分表要求视为在韩国学习2年以上；学习时间不足2年的双学位不计分。"
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
		experience: {
			label: "本领域工作年数（含研究经历）",
			help: "全职工作年数合计，可按半年填写，例如7.5。",
			assumption: "所有年限均按海外经历标准计分（3年5分，5年10分，7年15分）。在韩国的经历分数更高（1年5分，3年10分，5年15分），因此有在韩工作经历时，按积分表最多可再多得10分。仅计算取得学位后近10年内与专业相关的工作经历。"
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
			assumption: "此处的“世界级企业”按手册中的《财富》世界500强（近10年内工作1年以上）理解。"
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
		koreaTraining: {
			label: "其他在韩培训",
			assumption: "未询问，按“无”计算。",
			options: {
				none: {
					label: "无"
				},
				"language-12m": {
					label: "12个月以上的韩语研修（D-4-1）"
				},
				"training-12m": {
					label: "D-2-5、D-2-6、D-4-2或D-4-6研修12至18个月"
				},
				"training-19m": {
					label: "D-2-5、D-2-6、D-4-2或D-4-6研修19个月以上"
				}
			}
		},
		jobSeekerRecommendation: {
			label: "您是否获得韩国中央行政机关或韩国驻外使领馆的求职推荐？",
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
		previousPay: {
			label: "您上一份工作的年薪是否达到50,000美元以上，并可用政府出具的收入证明证实？",
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
			assumption: "未询问，按“无”计算。积分表合计近5年内的罚金。"
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
			assumption: "未询问，按“无”计算。近5年内有出境命令或强制驱逐者不能获得D-10；此处按最大减分计算。"
		}
	},
	pathways: {
		jobSeekerLong: {
			label: "80分以上",
			description: "基本项目20分以上且总分80分以上：累计最长3年，每次1年。",
			status: "求职签证（D-10-1），最长3年",
			basis: "D-10-1积分表：基本项目20分以上，总分80分以上",
			next: [
				{
					text: "在海外时，请向韩国驻外使领馆申请D-10签证；详见韩国签证门户网站。"
				},
				{
					text: "在韩国时，请向所辖出入境管理机关申请变更滞留资格，并在HiKorea预约访问。"
				}
			]
		},
		jobSeeker: {
			label: "60分以上",
			description: "基本项目20分以上且总分60分以上：累计最长1年，每次6个月。",
			status: "求职签证（D-10-1），最长1年",
			basis: "D-10-1积分表：基本项目20分以上，总分60分以上（以B、C、D-3、E-9、E-10或G-1资格滞留的指定国家国民须80分以上）",
			next: [
				{
					text: "在海外时，请向韩国驻外使领馆申请D-10签证；详见韩国签证门户网站。"
				},
				{
					text: "在韩国时，请向所辖出入境管理机关申请变更滞留资格，并在HiKorea预约访问。"
				}
			]
		}
	},
	benefits: [
		"无需录用通知即可在韩国求职",
		"被录用后可在韩国境内变更为工作签证",
		"获得许可后可进行短期实习"
	],
	assumptions: [
		"积分表出自2026年9月版滞留手册（基本50 + 选择70 + 加分70；减分最多−60）；签证发放手册与之相同。",
		"未询问但同样必须满足：近3年内无3,000,000韩元以上罚金，近5年内无监禁刑，近5年内无出境命令或强制驱逐，并能证明滞留期间的资金。",
		"推荐、在韩培训和以往薪资的加分未询问，按无计算；嵌入本工具的网站可以自行询问。",
		"部分申请人无需积分：韩国大学应届毕业生、THE或QS前200名大学的29岁及以下毕业生，以及E-1至E-7合同期满的工作者等。此处不作核对。"
	],
	disclaimer: "这只是估算，并非决定。签证由法务部决定。"
};
var d101zh = {
	rubric: rubric,
	language: language,
	texts: texts
};

export { d101zh as default, language, rubric, texts };
