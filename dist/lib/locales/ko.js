import { translateRubric } from '../rubric/translation.js';

const ko = {
  messages: {
    loading: "\uC9C4\uB2E8 \uB3C4\uAD6C\uB97C \uBD88\uB7EC\uC624\uB294 \uC911\u2026",
    step: (n, of) => `${of}\uB2E8\uACC4 \uC911 ${n}\uB2E8\uACC4`,
    back: "\uC774\uC804",
    next: "\uB2E4\uC74C",
    seeResult: "\uACB0\uACFC \uBCF4\uAE30",
    score: (total, max) => `\uC608\uC0C1 \uC810\uC218: ${max}\uC810 \uC911 ${total}\uC810`,
    withBonus: (bonus) => `\uAC00\uC810 ${bonus}\uC810 \uD3EC\uD568`,
    problem: "\uD655\uC778\uC774 \uD544\uC694\uD55C \uD56D\uBAA9\uC774 \uC788\uC2B5\uB2C8\uB2E4",
    answerThis: (label) => `\u2018${label}\u2019 \uD56D\uBAA9\uC5D0 \uB2F5\uD574 \uC8FC\uC138\uC694`,
    enterYears: (label) => `\u2018${label}\u2019\uC5D0 \uC5F0\uC218\uB97C \uC22B\uC790\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694(\uC608: 7.5)`,
    enterMoney: (label) => `\u2018${label}\u2019\uC5D0 \uAE08\uC561\uC744 \uC6D0 \uB2E8\uC704\uB85C \uC785\uB825\uD574 \uC8FC\uC138\uC694(\uC608: 150,000,000 \uB610\uB294 1\uC5B5 5\uCC9C\uB9CC)`,
    didYouMean: (amount) => `\uC5F0 ${amount}\uC744 \uC785\uB825\uD558\uB824\uACE0 \uD558\uC168\uB098\uC694?`,
    useAmount: (amount) => `${amount}\uC73C\uB85C \uC785\uB825`,
    moneyTooLow: (label, floor) => `\u2018${label}\u2019\uC5D0 \uC5F0 ${floor} \uC774\uC0C1\uC758 \uAE08\uC561\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694`,
    moneyTooHigh: (label, ceiling) => `\u2018${label}\u2019\uC5D0 \uC5F0 ${ceiling} \uBBF8\uB9CC\uC758 \uAE08\uC561\uC744 \uC785\uB825\uD574 \uC8FC\uC138\uC694`,
    numberRange: (label, max) => `\u2018${label}\u2019\uC5D0 0\uBD80\uD130 ${max}\uAE4C\uC9C0\uC758 \uC22B\uC790\uB97C \uC785\uB825\uD574 \uC8FC\uC138\uC694`,
    optional: "\uB2F5\uD558\uC9C0 \uC54A\uC74C",
    resultTitle: "\uC608\uC0C1 \uC9C4\uB2E8 \uACB0\uACFC",
    mayQualify: "\uC790\uACA9 \uC694\uAC74\uC744 \uCDA9\uC871\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4",
    notYet: "\uD604\uC7AC \uB2F5\uBCC0\uC73C\uB85C\uB294 \uC544\uC9C1 \uC694\uAC74\uC744 \uCDA9\uC871\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
    via: "\uD574\uB2F9 \uACBD\uB85C",
    passMark: (mark) => `\uD569\uACA9 \uAE30\uC900: ${mark}\uC810`,
    pathways: "\uC790\uACA9 \uACBD\uB85C",
    met: "\uCDA9\uC871",
    notMet: "\uBBF8\uCDA9\uC871",
    yes: "\uC608",
    no: "\uC544\uB2C8\uC694",
    yourAnswer: (answer) => `\uB0B4 \uB2F5\uBCC0: ${answer}`,
    allOf: "\uB2E4\uC74C\uC744 \uBAA8\uB450 \uCDA9\uC871:",
    anyOf: "\uB2E4\uC74C \uC911 \uD558\uB098 \uC774\uC0C1 \uCDA9\uC871:",
    atLeast: (label, value) => `${label}: ${value} \uC774\uC0C1`,
    or: " \uB610\uB294 ",
    totalScore: "\uCD1D\uC810",
    criteria: "\uD56D\uBAA9\uBCC4 \uC810\uC218",
    whatIf: "\uB2F5\uBCC0\uC744 \uBC14\uAFB8\uBA74 \uC810\uC218 \uBCC0\uD654\uB97C \uBC14\uB85C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
    delta: (delta, total) => `\uC6D0\uB798 \uB2F5\uBCC0(${total}\uC810) \uB300\uBE44 ${delta}\uC810`,
    restore: "\uC6D0\uB798 \uB2F5\uBCC0\uC73C\uB85C \uB418\uB3CC\uB9AC\uAE30",
    gain: "\uC810\uC218\uB97C \uB192\uC774\uB294 \uBC29\uBC95",
    gainItem: (label, answer, points) => `${label}: ${answer} \u2192 +${points}\uC810`,
    benefits: "F-2-T \uBE44\uC790 \uD61C\uD0DD",
    assumptions: "\uCD94\uC815 \uC0AC\uD56D \uBC0F \uCD9C\uCC98",
    gni: (multiple, label, year) => `= ${label}(${year}\uB144)\uC758 ${multiple}\uBC30`,
    won: (amount) => `${amount}\uC6D0`,
    years: (years) => `${years}\uB144`,
    presetSme: (points) => `+${points}\uC810: \uCC44\uC6A9 \uAE30\uC5C5\uC774 \uC911\uC18C\uAE30\uC5C5\uC785\uB2C8\uB2E4`,
    print: "\uC778\uC1C4",
    changeAnswers: "\uB2F5\uBCC0 \uC218\uC815",
    errorTitle: "\uC9C4\uB2E8 \uB3C4\uAD6C\uB97C \uD45C\uC2DC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
    retry: "\uB2E4\uC2DC \uC2DC\uB3C4",
    rubricFetch: (src, why) => `${src}\uC5D0\uC11C \uD3C9\uAC00 \uAE30\uC900\uC744 \uBD88\uB7EC\uC624\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4(${why}).`,
    timedOut: "\uC751\uB2F5 \uC2DC\uAC04 \uCD08\uACFC",
    rubricJson: (src) => `${src}\uC758 \uD3C9\uAC00 \uAE30\uC900\uC774 \uC62C\uBC14\uB978 JSON \uD615\uC2DD\uC774 \uC544\uB2D9\uB2C8\uB2E4.`,
    rubricInvalid: "\uD3C9\uAC00 \uAE30\uC900\uC774 \uC62C\uBC14\uB974\uC9C0 \uC54A\uC544 \uC810\uC218\uB97C \uACC4\uC0B0\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4.",
    answersInvalid: "\uC77C\uBD80 \uB2F5\uBCC0\uC740 \uC0AC\uC6A9\uD560 \uC218 \uC5C6\uC5B4 \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4.",
    setAside: "\uC77C\uBD80 \uB2F5\uBCC0\uC740 \uC0C8 \uD3C9\uAC00 \uAE30\uC900\uC5D0 \uB9DE\uC9C0 \uC54A\uC544 \uC81C\uC678\uD588\uC2B5\uB2C8\uB2E4.",
    storedDiscarded: "\uB2E4\uB978 \uBC84\uC804\uC758 \uD3C9\uAC00 \uAE30\uC900\uC73C\uB85C \uC800\uC7A5\uB41C \uB2F5\uBCC0\uC740 \uC0AD\uC81C\uD588\uC2B5\uB2C8\uB2E4.",
    badEmployerSize: (value) => `employer-size \uAC12 \u2018${value}\u2019\uC740(\uB294) sme \uB610\uB294 large\uAC00 \uC544\uB2C8\uBBC0\uB85C \uC9C8\uBB38\uC73C\uB85C \uBB3B\uC2B5\uB2C8\uB2E4.`
  },
  translate: translateRubric,
  rubric: {
    "rubric": "ktech-pass-2026-07",
    "language": "ko",
    "texts": {
      "title": "K-\uD14C\uD06C \uD328\uC2A4 \uBC0F F-2-T \uCD5C\uC6B0\uC218\uC778\uC7AC \uBE44\uC790 \uC790\uAC00 \uC9C4\uB2E8",
      "sources": {
        "moj-2025": {
          "title": "\uCD5C\uC6B0\uC218\uC778\uC7AC(F-2-T) \uBE44\uC790 \uBC0F K-\uD14C\uD06C \uD328\uC2A4 \uC694\uAC74",
          "publisher": "\uBC95\uBB34\uBD80(korea.net)"
        },
        "motie-2026": {
          "title": "K-\uD14C\uD06C \uD328\uC2A4 \uC815\uC131\uD3C9\uAC00 \uD2B8\uB799: \uC815\uB7C9 65\uC810\xB7\uC815\uC131 35\uC810, \uC911\uC18C\uAE30\uC5C5 \uAC00\uC810, \uC815\uBD80 \uC0AC\uC5C5 \uC5F0\uAD6C\uC790, TOPIK \uD3D0\uC9C0",
          "publisher": "\uC0B0\uC5C5\uD1B5\uC0C1\uC790\uC6D0\uBD80\xB7\uBC95\uBB34\uBD80"
        },
        "bok-2025": {
          "title": "2024\uB144 1\uC778\uB2F9 \uAD6D\uBBFC\uCD1D\uC18C\uB4DD(\uC7A0\uC815): 4,995\uB9CC 5\uCC9C \uC6D0",
          "publisher": "\uD55C\uAD6D\uC740\uD589"
        },
        "strategic-tech": {
          "title": "12\uB300 \uAD6D\uAC00\uC804\uB7B5\uAE30\uC220",
          "publisher": "\uACFC\uD559\uAE30\uC220\uC815\uBCF4\uD1B5\uC2E0\uBD80"
        }
      },
      "parameters": {
        "gni": {
          "label": "1\uC778\uB2F9 \uAD6D\uBBFC\uCD1D\uC18C\uB4DD",
          "note": "\uACF5\uD45C\uB41C 3\uBC30\xB74\uBC30 \uAE30\uC900\uC5D0 \uC4F0\uC778 \uC218\uCE58\uC785\uB2C8\uB2E4. 2025\uB144 \uC7A0\uC815\uCE58\uB294 \uC57D 5,242\uB9CC \uC6D0\uC785\uB2C8\uB2E4."
        }
      },
      "passMark": {
        "assumption": "\uC815\uC131\uD3C9\uAC00 \uD2B8\uB799\uC758 \uD569\uACA9 \uAE30\uC900 \uC810\uC218\uB294 \uACF5\uAC1C\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. 100\uC810 \uC911 60\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
      },
      "categories": {
        "quantitative": {
          "label": "\uC815\uB7C9 \uD3C9\uAC00"
        },
        "qualitative": {
          "label": "\uC815\uC131 \uD3C9\uAC00"
        },
        "bonus": {
          "label": "\uC911\uC18C\uAE30\uC5C5 \uAC00\uC810"
        }
      },
      "steps": {
        "career": {
          "label": "\uD559\uB825 \uBC0F \uACBD\uB825"
        },
        "expertise": {
          "label": "\uC804\uBB38\uC131 \uBC0F \uC9C1\uBB34"
        },
        "employer": {
          "label": "\uACE0\uC6A9 \uAE30\uC5C5 \uBC0F \uC815\uBD80 \uC0AC\uC5C5"
        }
      },
      "questions": {
        "degree": {
          "label": "\uCD5C\uC885 \uD559\uC704",
          "options": {
            "doctorate": {
              "label": "\uBC15\uC0AC"
            },
            "masters": {
              "label": "\uC11D\uC0AC"
            },
            "bachelors": {
              "label": "\uD559\uC0AC"
            },
            "none": {
              "label": "\uB300\uD559 \uD559\uC704 \uC5C6\uC74C"
            }
          },
          "assumption": "\uD559\uC704\uBCC4 \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
        },
        "institution": {
          "label": "\uD574\uB2F9 \uD559\uC704\uB97C \uC218\uC5EC\uD55C \uB300\uD559\uC758 \uC21C\uC704",
          "help": "QS \uC138\uACC4\uB300\uD559\uC21C\uC704 \uB610\uB294 U.S. News \uC138\uACC4 \uB300\uD559 \uC21C\uC704 \uAE30\uC900\uC785\uB2C8\uB2E4.",
          "options": {
            "top100": {
              "label": "\uC138\uACC4 100\uC704 \uC774\uB0B4"
            },
            "top500": {
              "label": "\uC138\uACC4 500\uC704 \uC774\uB0B4"
            },
            "other": {
              "label": "\uADF8 \uC678 \uB610\uB294 \uC21C\uC704 \uC5C6\uC74C"
            }
          },
          "assumption": "\uC21C\uC704 \uAD6C\uAC04\uBCC4 \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
        },
        "experience": {
          "label": "\uC2E4\uBB34 \uB610\uB294 \uBC15\uC0AC\uD6C4 \uC5F0\uAD6C \uACBD\uB825(\uB144)",
          "help": "\uCCAB \uD559\uC704 \uCDE8\uB4DD \uC774\uD6C4 \uD574\uB2F9 \uBD84\uC57C\uC758 \uC804\uC77C\uC81C \uACBD\uB825\uC785\uB2C8\uB2E4. 7.5\uCC98\uB7FC \uBC18\uB144 \uB2E8\uC704\uB3C4 \uC785\uB825\uD560 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
          "assumption": "\uAD6C\uAC04\uBCC4 \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
        },
        "employer": {
          "label": "3\uB144 \uC774\uC0C1 \uADFC\uBB34\uD55C \uACF3",
          "help": "\uD574\uB2F9\uD558\uB294 \uAC83 \uC911 \uAC00\uC7A5 \uB192\uC740 \uD56D\uBAA9\uC744 \uACE0\uB974\uC138\uC694.",
          "options": {
            "global500": {
              "label": "\uC138\uACC4 500\uB300 \uAE30\uC5C5(\uC608: \uD3EC\uCD98 \uAE00\uB85C\uBC8C 500)"
            },
            "top-institute": {
              "label": "\uC138\uACC4 \uCD5C\uACE0 \uC218\uC900 \uC5F0\uAD6C\uAE30\uAD00(\uC5F0\uAD6C\uC6D0\uC73C\uB85C \uADFC\uBB34)"
            },
            "large": {
              "label": "\uADF8 \uBC16\uC758 \uB300\uAE30\uC5C5\xB7\uC0C1\uC7A5\uAE30\uC5C5 \uB610\uB294 \uAD6D\uCC45 \uC5F0\uAD6C\uAE30\uAD00"
            },
            "other": {
              "label": "\uADF8 \uBC16\uC758 \uAE30\uAD00"
            },
            "none": {
              "label": "3\uB144 \uC774\uC0C1 \uADFC\uBB34\uD55C \uACF3 \uC5C6\uC74C"
            }
          },
          "assumption": "\uADFC\uBB34\uCC98 \uC720\uD615\uBCC4 \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
        },
        "salary": {
          "label": "\uD55C\uAD6D\uC5D0\uC11C \uC81C\uC548\uBC1B\uC740 \uC5F0\uBD09(\uC6D0)",
          "help": "\uC81C\uC548\uBC1B\uC740 \uC138\uC804 \uC5F0\uBD09(\uC6D0)\uC785\uB2C8\uB2E4. \uD55C\uAD6D\uC758 1\uC778\uB2F9 \uAD6D\uBBFC\uCD1D\uC18C\uB4DD\uACFC \uBE44\uAD50\uD569\uB2C8\uB2E4.",
          "assumption": "\uAD6C\uAC04\uBCC4 \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC774\uBA70, 3\uBC30\xB74\uBC30 \uAE30\uC900\uC740 \uACF5\uD45C\uB41C \uAE30\uC900\uC785\uB2C8\uB2E4."
        },
        "field": {
          "label": "\uAE30\uC220 \uBD84\uC57C",
          "help": "12\uB300 \uAD6D\uAC00\uC804\uB7B5\uAE30\uC220 \uBD84\uC57C\uAC00 \uAC00\uC7A5 \uB192\uC740 \uC810\uC218\uB97C \uBC1B\uC2B5\uB2C8\uB2E4.",
          "options": {
            "semiconductors-displays": {
              "label": "\uBC18\uB3C4\uCCB4\xB7\uB514\uC2A4\uD50C\uB808\uC774"
            },
            "secondary-batteries": {
              "label": "\uC774\uCC28\uC804\uC9C0"
            },
            "advanced-mobility": {
              "label": "\uCCA8\uB2E8 \uBAA8\uBE4C\uB9AC\uD2F0"
            },
            "next-gen-nuclear": {
              "label": "\uCC28\uC138\uB300 \uC6D0\uC790\uB825"
            },
            "advanced-biotech": {
              "label": "\uCCA8\uB2E8 \uBC14\uC774\uC624"
            },
            "aerospace-marine": {
              "label": "\uC6B0\uC8FC\uD56D\uACF5\xB7\uD574\uC591"
            },
            "hydrogen": {
              "label": "\uC218\uC18C"
            },
            "cybersecurity": {
              "label": "\uC0AC\uC774\uBC84\uBCF4\uC548"
            },
            "ai": {
              "label": "\uC778\uACF5\uC9C0\uB2A5"
            },
            "next-gen-communications": {
              "label": "\uCC28\uC138\uB300 \uD1B5\uC2E0"
            },
            "advanced-robotics-manufacturing": {
              "label": "\uCCA8\uB2E8 \uB85C\uBD07\xB7\uC81C\uC870"
            },
            "quantum": {
              "label": "\uC591\uC790"
            },
            "other-tech": {
              "label": "\uADF8 \uBC16\uC758 \uAE30\uC220 \uBD84\uC57C"
            },
            "non-tech": {
              "label": "\uAE30\uC220 \uBD84\uC57C \uC544\uB2D8"
            }
          },
          "assumption": "\uBD84\uC57C\uBCC4 \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
        },
        "evidence": {
          "label": "\uD2B9\uC815 \uAE30\uC220 \uC804\uBB38\uC131\uC744 \uBCF4\uC5EC \uC8FC\uB294 \uAC00\uC7A5 \uAC15\uB825\uD55C \uADFC\uAC70",
          "options": {
            "leading": {
              "label": "\uCD5C\uC0C1\uC704",
              "help": "\uD574\uB2F9 \uBD84\uC57C \uB4F1\uB85D \uD2B9\uD5C8\uB098 \uCD5C\uC0C1\uC704 \uD559\uD68C\xB7\uD559\uC220\uC9C0 \uB17C\uBB38, \uB610\uB294 \uB300\uADDC\uBAA8\uB85C \uC4F0\uC774\uB294 \uC81C\uD488\uC758 \uAE30\uC220 \uCC45\uC784\uC790."
            },
            "solid": {
              "label": "\uC6B0\uC218",
              "help": "\uB3D9\uB8CC \uC2EC\uC0AC \uB17C\uBB38, \uD2B9\uD5C8 \uCD9C\uC6D0, \uB610\uB294 \uCD9C\uC2DC \uC81C\uD488\uC758 \uC120\uC784 \uC5D4\uC9C0\uB2C8\uC5B4."
            },
            "emerging": {
              "label": "\uC131\uC7A5 \uB2E8\uACC4",
              "help": "\uC77C\uBD80 \uB17C\uBB38, \uC624\uD508\uC18C\uC2A4 \uD65C\uB3D9 \uB610\uB294 \uD504\uB85C\uC81D\uD2B8(\uC544\uC9C1 \uB110\uB9AC \uC778\uC815\uBC1B\uC9C0\uB294 \uC54A\uC74C)."
            },
            "none": {
              "label": "\uC544\uC9C1 \uC5C6\uC74C"
            }
          },
          "assumption": "\uC218\uC900\uACFC \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
        },
        "role": {
          "label": "\uC81C\uC548\uBC1B\uC740 \uC9C1\uBB34\uAC00 \uCC44\uC6A9 \uAE30\uC5C5\uC5D0 \uAC16\uB294 \uC804\uB7B5\uC801 \uAC00\uCE58",
          "options": {
            "core-lead": {
              "label": "\uAE30\uC5C5\uC5D0 \uC5C6\uB294 \uD575\uC2EC \uC5ED\uB7C9\uC744 \uC774\uB044\uB294 \uC5ED\uD560"
            },
            "core-rnd": {
              "label": "\uD575\uC2EC \uC5F0\uAD6C\uAC1C\uBC1C"
            },
            "support": {
              "label": "\uAE30\uC220 \uC9C0\uC6D0 \uC9C1\uBB34"
            },
            "no-offer": {
              "label": "\uC544\uC9C1 \uCC44\uC6A9 \uC81C\uC548 \uC5C6\uC74C"
            }
          },
          "assumption": "\uC218\uC900\uACFC \uBC30\uC810\uC740 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
        },
        "employerSize": {
          "label": "\uCC44\uC6A9 \uAE30\uC5C5\uC758 \uADDC\uBAA8",
          "help": "\uC911\uC18C\uAE30\uC5C5\uAE30\uBCF8\uBC95\uC0C1 \uC911\uC18C\uAE30\uC5C5\uC774\uBA74 10\uC810 \uAC00\uC810\uC744 \uBC1B\uC2B5\uB2C8\uB2E4.",
          "options": {
            "sme": {
              "label": "\uC911\uC18C\uAE30\uC5C5"
            },
            "large": {
              "label": "\uB300\uAE30\uC5C5 \uB610\uB294 \uAE30\uD0C0"
            }
          }
        },
        "governmentProgramme": {
          "label": "\uC815\uBD80 \uC0AC\uC5C5\uC744 \uD1B5\uD574 \uCD08\uBE59\uB418\uC5C8\uB098\uC694?",
          "help": "\uC774 \uC0AC\uC5C5\uC73C\uB85C \uCD08\uBE59\uB41C \uC5F0\uAD6C\uC790\uB294 \uC790\uB3D9\uC73C\uB85C \uC790\uACA9\uC744 \uC5BB\uC2B5\uB2C8\uB2E4.",
          "options": {
            "mohw": {
              "label": "\uC608, \uBCF4\uAC74\uBCF5\uC9C0\uBD80 \uC0AC\uC5C5"
            },
            "kasa": {
              "label": "\uC608, \uC6B0\uC8FC\uD56D\uACF5\uCCAD \uC0AC\uC5C5"
            },
            "none": {
              "label": "\uC544\uB2C8\uC694"
            }
          }
        }
      },
      "pathways": {
        "legacy": {
          "label": "\uAE30\uC874 K-\uD14C\uD06C \uD328\uC2A4 \uAE30\uC900(2025\uB144 4\uC6D4\uBD80\uD130)",
          "description": "\uC138\uACC4 100\uC704 \uC774\uB0B4 \uB300\uD559\uC758 \uC11D\uC0AC \uC774\uC0C1 \uD559\uC704, \uC138\uACC4 500\uB300 \uAE30\uC5C5 \uB610\uB294 \uCD5C\uACE0 \uC5F0\uAD6C\uAE30\uAD00 \uC7A5\uAE30 \uACBD\uB825, 1\uC778\uB2F9 \uAD6D\uBBFC\uCD1D\uC18C\uB4DD 3\uBC30 \uC774\uC0C1 \uC5F0\uBD09\uC744 \uBAA8\uB450 \uAC16\uCD94\uAC70\uB098, \uC5F0\uBD09\uC774 4\uBC30 \uC774\uC0C1\uC778 \uACBD\uC6B0\uC785\uB2C8\uB2E4."
        },
        "qualitative": {
          "label": "\uC815\uC131\uD3C9\uAC00 \uD2B8\uB799(2026\uB144 7\uC6D4\uBD80\uD130)",
          "description": "\uC911\uC18C\uAE30\uC5C5 \uAC00\uC810\uC744 \uD3EC\uD568\uD55C \uC810\uC218\uAC00 \uD569\uACA9 \uAE30\uC900 \uC810\uC218 \uC774\uC0C1\uC785\uB2C8\uB2E4."
        },
        "governmentScholar": {
          "label": "\uC815\uBD80 \uC0AC\uC5C5 \uCD08\uBE59 \uC5F0\uAD6C\uC790",
          "description": "\uBCF4\uAC74\uBCF5\uC9C0\uBD80 \uB610\uB294 \uC6B0\uC8FC\uD56D\uACF5\uCCAD \uC0AC\uC5C5\uC73C\uB85C \uCD08\uBE59\uB41C \uC5F0\uAD6C\uC790\uB294 \uC790\uB3D9\uC73C\uB85C \uC790\uACA9\uC744 \uC5BB\uC2B5\uB2C8\uB2E4."
        }
      },
      "benefits": [
        "\uC57D 2\uC8FC \uC774\uB0B4 \uC628\uB77C\uC778 \uBE44\uC790 \uC2EC\uC0AC",
        "3\uB144 \uD6C4 \uC601\uC8FC\uAD8C \uC2E0\uCCAD \uAC00\uB2A5",
        "\uBC30\uC6B0\uC790 \uCDE8\uC5C5 \uD5C8\uC6A9",
        "\uD655\uB300 \uAC00\uC871 \uB3D9\uBC18 \uAC70\uC8FC \uAC00\uB2A5",
        "\uCD5C\uB300 10\uB144\uAC04 \uC18C\uB4DD\uC138 50% \uAC10\uBA74",
        "\uB0B4\uAD6D\uC778\uACFC \uAC19\uC740 \uC870\uAC74\uC758 \uC8FC\uD0DD \uB300\uCD9C",
        "\uC790\uB140\uC758 \uC678\uAD6D\uC778\uD559\uAD50 \uC785\uD559 \uD5C8\uC6A9"
      ],
      "assumptions": [
        "\uD56D\uBAA9\uBCC4 \uACF5\uC2DD \uBC30\uC810\uC740 \uACF5\uAC1C\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4. \uC5EC\uAE30 \uB098\uC628 \uBC30\uC810\uC740 \uACF5\uD45C\uB41C \uCD1D\uC810\uC5D0 \uB9DE\uCD98 \uCD94\uC815\uCE58\uC785\uB2C8\uB2E4."
      ],
      "disclaimer": "\uC774 \uACB0\uACFC\uB294 \uCD94\uC815\uCE58\uC774\uBA70 \uC815\uBD80\uC758 \uACB0\uC815\uC774 \uC544\uB2D9\uB2C8\uB2E4. K-\uD14C\uD06C \uD328\uC2A4\uC640 F-2-T \uBE44\uC790 \uBC1C\uAE09 \uC5EC\uBD80\uB294 \uBC95\uBB34\uBD80\uC640 KOTRA\uB9CC\uC774 \uACB0\uC815\uD569\uB2C8\uB2E4."
    }
  }
};

export { ko as default };
