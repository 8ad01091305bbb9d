import { translateRubric } from '../rubric/translation.js';
import type { Locale } from './locale.js';

// Korean: the frame's strings and the built-in rubric's texts, loaded only by
// pages shown in Korean. Written for a Korean HR reader: formal-polite (합니다체),
// official names as the ministries write them.
const ko: Locale = {
  messages: {
    loading: '진단 도구를 불러오는 중…',
    step: (n, of) => `${of}단계 중 ${n}단계`,
    back: '이전',
    next: '다음',
    seeResult: '결과 보기',
    score: (total, max) => `예상 점수: ${max}점 중 ${total}점`,
    withBonus: (bonus) => `가점 ${bonus}점 포함`,
    problem: '확인이 필요한 항목이 있습니다',
    answerThis: (label) => `‘${label}’ 항목에 답해 주세요`,
    enterYears: (label) => `‘${label}’에 연수를 숫자로 입력해 주세요(예: 7.5)`,
    enterMoney: (label) => `‘${label}’에 금액을 원 단위로 입력해 주세요(예: 150,000,000 또는 1억 5천만)`,
    didYouMean: (amount) => `연 ${amount}을 입력하려고 하셨나요?`,
    useAmount: (amount) => `${amount}으로 입력`,
    moneyTooLow: (label, floor) => `‘${label}’에 연 ${floor} 이상의 금액을 입력해 주세요`,
    moneyTooHigh: (label, ceiling) => `‘${label}’에 연 ${ceiling} 미만의 금액을 입력해 주세요`,
    numberRange: (label, max) => `‘${label}’에 0부터 ${max}까지의 숫자를 입력해 주세요`,
    optional: '답하지 않음',
    resultTitle: '예상 진단 결과',
    mayQualify: '자격 요건을 충족할 수 있습니다',
    notYet: '현재 답변으로는 아직 요건을 충족하지 않습니다',
    via: '해당 경로',
    passMark: (mark) => `합격 기준: ${mark}점`,
    pathways: '자격 경로',
    met: '충족',
    notMet: '미충족',
    yes: '예',
    no: '아니요',
    yourAnswer: (answer) => `내 답변: ${answer}`,
    allOf: '다음을 모두 충족:',
    anyOf: '다음 중 하나 이상 충족:',
    atLeast: (label, value) => `${label}: ${value} 이상`,
    or: ' 또는 ',
    totalScore: '총점',
    criteria: '항목별 점수',
    whatIf: '답변을 바꾸면 점수 변화를 바로 볼 수 있습니다.',
    delta: (delta, total) => `원래 답변(${total}점) 대비 ${delta}점`,
    restore: '원래 답변으로 되돌리기',
    gain: '점수를 높이는 방법',
    gainItem: (label, answer, points) => `${label}: ${answer} → +${points}점`,
    benefits: 'F-2-T 비자 혜택',
    assumptions: '추정 사항 및 출처',
    gni: (multiple, label, year) => `= ${label}(${year}년)의 ${multiple}배`,
    won: (amount) => `${amount}원`,
    years: (years) => `${years}년`,
    presetSme: (points) => `+${points}점: 채용 기업이 중소기업입니다`,
    print: '인쇄',
    changeAnswers: '답변 수정',
    errorTitle: '진단 도구를 표시할 수 없습니다',
    retry: '다시 시도',
    rubricFetch: (src, why) => `${src}에서 평가 기준을 불러오지 못했습니다(${why}).`,
    timedOut: '응답 시간 초과',
    rubricJson: (src) => `${src}의 평가 기준이 올바른 JSON 형식이 아닙니다.`,
    rubricInvalid: '평가 기준이 올바르지 않아 점수를 계산할 수 없습니다.',
    answersInvalid: '일부 답변은 사용할 수 없어 제외했습니다.',
    setAside: '일부 답변은 새 평가 기준에 맞지 않아 제외했습니다.',
    storedDiscarded: '다른 버전의 평가 기준으로 저장된 답변은 삭제했습니다.',
    badEmployerSize: (value) => `employer-size 값 ‘${value}’은(는) sme 또는 large가 아니므로 질문으로 묻습니다.`,
  },
  translate: translateRubric,
  rubric: {
    "rubric": "ktech-pass-2026-07",
    "language": "ko",
    "texts": {
      "title": "K-테크 패스 및 F-2-T 최우수인재 비자 자가 진단",
      "sources": {
        "moj-2025": {
          "title": "최우수인재(F-2-T) 비자 및 K-테크 패스 요건",
          "publisher": "법무부(korea.net)"
        },
        "motie-2026": {
          "title": "K-테크 패스 정성평가 트랙: 정량 65점·정성 35점, 중소기업 가점, 정부 사업 연구자, TOPIK 폐지",
          "publisher": "산업통상자원부·법무부"
        },
        "bok-2025": {
          "title": "2024년 1인당 국민총소득(잠정): 4,995만 5천 원",
          "publisher": "한국은행"
        },
        "strategic-tech": {
          "title": "12대 국가전략기술",
          "publisher": "과학기술정보통신부"
        }
      },
      "parameters": {
        "gni": {
          "label": "1인당 국민총소득",
          "note": "공표된 3배·4배 기준에 쓰인 수치입니다. 2025년 잠정치는 약 5,242만 원입니다."
        }
      },
      "passMark": {
        "assumption": "정성평가 트랙의 합격 기준 점수는 공개되지 않았습니다. 100점 중 60점은 추정치입니다."
      },
      "categories": {
        "quantitative": {
          "label": "정량 평가"
        },
        "qualitative": {
          "label": "정성 평가"
        },
        "bonus": {
          "label": "중소기업 가점"
        }
      },
      "steps": {
        "career": {
          "label": "학력 및 경력"
        },
        "expertise": {
          "label": "전문성 및 직무"
        },
        "employer": {
          "label": "고용 기업 및 정부 사업"
        }
      },
      "questions": {
        "degree": {
          "label": "최종 학위",
          "options": {
            "doctorate": {
              "label": "박사"
            },
            "masters": {
              "label": "석사"
            },
            "bachelors": {
              "label": "학사"
            },
            "none": {
              "label": "대학 학위 없음"
            }
          },
          "assumption": "학위별 배점은 추정치입니다."
        },
        "institution": {
          "label": "해당 학위를 수여한 대학의 순위",
          "help": "QS 세계대학순위 또는 U.S. News 세계 대학 순위 기준입니다.",
          "options": {
            "top100": {
              "label": "세계 100위 이내"
            },
            "top500": {
              "label": "세계 500위 이내"
            },
            "other": {
              "label": "그 외 또는 순위 없음"
            }
          },
          "assumption": "순위 구간별 배점은 추정치입니다."
        },
        "experience": {
          "label": "실무 또는 박사후 연구 경력(년)",
          "help": "첫 학위 취득 이후 해당 분야의 전일제 경력입니다. 7.5처럼 반년 단위도 입력할 수 있습니다.",
          "assumption": "구간별 배점은 추정치입니다."
        },
        "employer": {
          "label": "3년 이상 근무한 곳",
          "help": "해당하는 것 중 가장 높은 항목을 고르세요.",
          "options": {
            "global500": {
              "label": "세계 500대 기업(예: 포춘 글로벌 500)"
            },
            "top-institute": {
              "label": "세계 최고 수준 연구기관(연구원으로 근무)"
            },
            "large": {
              "label": "그 밖의 대기업·상장기업 또는 국책 연구기관"
            },
            "other": {
              "label": "그 밖의 기관"
            },
            "none": {
              "label": "3년 이상 근무한 곳 없음"
            }
          },
          "assumption": "근무처 유형별 배점은 추정치입니다."
        },
        "salary": {
          "label": "한국에서 제안받은 연봉(원)",
          "help": "제안받은 세전 연봉(원)입니다. 한국의 1인당 국민총소득과 비교합니다.",
          "assumption": "구간별 배점은 추정치이며, 3배·4배 기준은 공표된 기준입니다."
        },
        "field": {
          "label": "기술 분야",
          "help": "12대 국가전략기술 분야가 가장 높은 점수를 받습니다.",
          "options": {
            "semiconductors-displays": {
              "label": "반도체·디스플레이"
            },
            "secondary-batteries": {
              "label": "이차전지"
            },
            "advanced-mobility": {
              "label": "첨단 모빌리티"
            },
            "next-gen-nuclear": {
              "label": "차세대 원자력"
            },
            "advanced-biotech": {
              "label": "첨단 바이오"
            },
            "aerospace-marine": {
              "label": "우주항공·해양"
            },
            "hydrogen": {
              "label": "수소"
            },
            "cybersecurity": {
              "label": "사이버보안"
            },
            "ai": {
              "label": "인공지능"
            },
            "next-gen-communications": {
              "label": "차세대 통신"
            },
            "advanced-robotics-manufacturing": {
              "label": "첨단 로봇·제조"
            },
            "quantum": {
              "label": "양자"
            },
            "other-tech": {
              "label": "그 밖의 기술 분야"
            },
            "non-tech": {
              "label": "기술 분야 아님"
            }
          },
          "assumption": "분야별 배점은 추정치입니다."
        },
        "evidence": {
          "label": "특정 기술 전문성을 보여 주는 가장 강력한 근거",
          "options": {
            "leading": {
              "label": "최상위",
              "help": "해당 분야 등록 특허나 최상위 학회·학술지 논문, 또는 대규모로 쓰이는 제품의 기술 책임자."
            },
            "solid": {
              "label": "우수",
              "help": "동료 심사 논문, 특허 출원, 또는 출시 제품의 선임 엔지니어."
            },
            "emerging": {
              "label": "성장 단계",
              "help": "일부 논문, 오픈소스 활동 또는 프로젝트(아직 널리 인정받지는 않음)."
            },
            "none": {
              "label": "아직 없음"
            }
          },
          "assumption": "수준과 배점은 추정치입니다."
        },
        "role": {
          "label": "제안받은 직무가 채용 기업에 갖는 전략적 가치",
          "options": {
            "core-lead": {
              "label": "기업에 없는 핵심 역량을 이끄는 역할"
            },
            "core-rnd": {
              "label": "핵심 연구개발"
            },
            "support": {
              "label": "기술 지원 직무"
            },
            "no-offer": {
              "label": "아직 채용 제안 없음"
            }
          },
          "assumption": "수준과 배점은 추정치입니다."
        },
        "employerSize": {
          "label": "채용 기업의 규모",
          "help": "중소기업기본법상 중소기업이면 10점 가점을 받습니다.",
          "options": {
            "sme": {
              "label": "중소기업"
            },
            "large": {
              "label": "대기업 또는 기타"
            }
          }
        },
        "governmentProgramme": {
          "label": "정부 사업을 통해 초빙되었나요?",
          "help": "이 사업으로 초빙된 연구자는 자동으로 자격을 얻습니다.",
          "options": {
            "mohw": {
              "label": "예, 보건복지부 사업"
            },
            "kasa": {
              "label": "예, 우주항공청 사업"
            },
            "none": {
              "label": "아니요"
            }
          }
        }
      },
      "pathways": {
        "legacy": {
          "label": "기존 K-테크 패스 기준(2025년 4월부터)",
          "description": "세계 100위 이내 대학의 석사 이상 학위, 세계 500대 기업 또는 최고 연구기관 장기 경력, 1인당 국민총소득 3배 이상 연봉을 모두 갖추거나, 연봉이 4배 이상인 경우입니다."
        },
        "qualitative": {
          "label": "정성평가 트랙(2026년 7월부터)",
          "description": "중소기업 가점을 포함한 점수가 합격 기준 점수 이상입니다."
        },
        "governmentScholar": {
          "label": "정부 사업 초빙 연구자",
          "description": "보건복지부 또는 우주항공청 사업으로 초빙된 연구자는 자동으로 자격을 얻습니다."
        }
      },
      "benefits": [
        "약 2주 이내 온라인 비자 심사",
        "3년 후 영주권 신청 가능",
        "배우자 취업 허용",
        "확대 가족 동반 거주 가능",
        "최대 10년간 소득세 50% 감면",
        "내국인과 같은 조건의 주택 대출",
        "자녀의 외국인학교 입학 허용"
      ],
      "assumptions": [
        "항목별 공식 배점은 공개되지 않았습니다. 여기 나온 배점은 공표된 총점에 맞춘 추정치입니다."
      ],
      "disclaimer": "이 결과는 추정치이며 정부의 결정이 아닙니다. K-테크 패스와 F-2-T 비자 발급 여부는 법무부와 KOTRA만이 결정합니다."
    }
  },
};

export default ko;
