var table = [
	{
		code: "en",
		nativeName: "English",
		payUnits: [
			{
				factor: 1000000,
				unit: "million"
			},
			{
				factor: 1000,
				unit: "thousand"
			}
		],
		payUnitSpaced: true
	},
	{
		code: "ko",
		nativeName: "한국어",
		payUnits: [
			{
				factor: 10000,
				unit: "만"
			},
			{
				factor: 1000,
				unit: "천"
			}
		],
		payUnitSpaced: false
	},
	{
		code: "zh-Hans",
		nativeName: "简体中文",
		otherVariants: [
			"hant",
			"tw",
			"hk",
			"mo"
		],
		payUnits: [
			{
				factor: 10000,
				unit: "万"
			},
			{
				factor: 1000,
				unit: "千"
			}
		],
		payUnitSpaced: false
	},
	{
		code: "vi",
		nativeName: "Tiếng Việt",
		payUnits: [
			{
				factor: 1000000,
				unit: "triệu"
			},
			{
				factor: 1000,
				unit: "nghìn"
			}
		],
		payUnitSpaced: true
	}
];

export { table as default };
