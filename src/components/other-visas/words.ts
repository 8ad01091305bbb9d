// The words of the other visas' step and list, in every language the widget has (en, ko, zh-Hans, vi).

/** What the step and the list say; amounts and labels arrive formatted. */
export interface VisaWords {
  /** What the section does, under its title. */
  intro: string;
  stepTitle: string;
  stepHelp: string;
  check: string;
  changeAnswers: string;
  /** The status of a visa: an estimate, never a decision. */
  met: string;
  notMet: string;
  needsAnswers: string;
  through: (route: string) => string;
  /** The route a visa not met is nearest to, whose facts follow: "Nearest route: professional". */
  nearest: (route: string) => string;
  points: (total: string, max: string, passMark: string) => string;
  partial: string;
  deciding: string;
  stillToAnswer: string;
  /** A number that meets its threshold: "Annual salary: KRW 55,000,000, at least E-7-1 wage floor of KRW 31,120,000". */
  atLeast: (label: string, answer: string, needed: string) => string;
  /** A number below its threshold, and by how much. */
  below: (label: string, answer: string, gap: string, needed: string) => string;
  /** A number not answered (no offer, no salary): what it must reach. */
  needsAtLeast: (label: string, needed: string) => string;
  /** A threshold set by a figure of the rubric: "the E-7-1 wage floor (annual), KRW 31,120,000". */
  figure: (label: string, amount: string) => string;
  pointsValue: (points: string) => string;
  pointsShort: (label: string, points: string, short: string, needed: string) => string;
  alsoRequired: string;
  notCounted: string;
  assumptions: string;
  next: string;
  sources: string;
  reviewed: (from: string, until: string) => string;
  outdated: (date: string) => string;
  unknownVisas: (names: string, known: string) => string;
  invalidVisa: string;
}

const en: VisaWords = {
  intro:
    'The same answers, checked against other Korean visas on the Ministry of Justice’s official tables. An estimate, never a decision.',
  stepTitle: 'A few more questions',
  stepHelp: 'Only what these visas need that you have not answered yet.',
  check: 'Check other visas',
  changeAnswers: 'Change these answers',
  met: 'The requirements checked here appear to be met',
  notMet: 'Not met on these answers',
  needsAnswers: 'Needs more answers',
  through: (route) => `Through: ${route}`,
  nearest: (route) => `Nearest route: ${route}`,
  points: (total, max, passMark) => `Points: ${total} (pass mark ${passMark}; up to ${max} before bonus points)`,
  partial: 'So far: some scored questions are not answered yet.',
  deciding: 'What decides it',
  stillToAnswer: 'Still to answer:',
  atLeast: (label, answer, needed) => `${label}: ${answer}, at least ${needed}`,
  below: (label, answer, gap, needed) => `${label}: ${answer}, ${gap} below ${needed}`,
  needsAtLeast: (label, needed) => `${label}: at least ${needed} is needed`,
  figure: (label, amount) => `the ${label} of ${amount}`,
  pointsValue: (points) => points,
  pointsShort: (label, points, short, needed) => `${label}: ${points}, ${short} short of ${needed}`,
  alsoRequired: 'You must also meet (not checked here):',
  notCounted: 'Not asked, counted as no points (each could add some):',
  assumptions: 'Assumptions',
  next: 'Next step',
  sources: 'Source',
  reviewed: (from, until) => `Figures in force from ${from}; this check is due for review by ${until}.`,
  outdated: (date) => `These figures were due for review by ${date}: check the current ones at the source.`,
  unknownVisas: (names, known) => `other-visas: ${names} is not a visa here; the visas are ${known}.`,
  invalidVisa: 'A visa rubric the page gave is not valid and is left out.',
};

const ko: VisaWords = {
  intro:
    '같은 답변으로 다른 비자의 요건을 법무부 공식 기준표에 따라 확인합니다. 결과는 추정치이며 공식 결정이 아닙니다.',
  stepTitle: '추가 질문 몇 가지',
  stepHelp: '이 비자들을 확인하는 데 필요하지만 아직 답하지 않은 항목만 묻습니다.',
  check: '다른 비자 확인하기',
  changeAnswers: '이 답변 수정',
  met: '여기서 확인한 요건은 충족하는 것으로 보입니다',
  notMet: '현재 답변으로는 요건 미충족',
  needsAnswers: '답변이 더 필요합니다',
  through: (route) => `해당 요건: ${route}`,
  nearest: (route) => `가장 가까운 요건: ${route}`,
  points: (total, max, passMark) => `점수: ${total}점(합격 기준 ${passMark}점, 가점 제외 최대 ${max}점)`,
  partial: '아직 답하지 않은 배점 항목이 있어 현재까지의 점수입니다.',
  deciding: '판단 근거',
  stillToAnswer: '추가로 답할 항목:',
  atLeast: (label, answer, needed) => `${label}: ${answer}, ${needed} 이상`,
  below: (label, answer, gap, needed) => `${label}: ${answer}, ${needed}보다 ${gap} 적음`,
  needsAtLeast: (label, needed) => `${label}: ${needed} 이상이어야 합니다`,
  figure: (label, amount) => `${label} ${amount}`,
  pointsValue: (points) => `${points}점`,
  pointsShort: (label, points, short, needed) => `${label}: ${points}, ${needed}보다 ${short} 부족`,
  alsoRequired: '다음 요건도 갖추어야 합니다(여기서는 확인하지 않음):',
  notCounted: '묻지 않아 0점으로 계산한 항목(해당하면 점수가 늘 수 있음):',
  assumptions: '가정한 사항',
  next: '다음 절차',
  sources: '출처',
  reviewed: (from, until) => `${from}부터 적용되는 기준이며, ${until}까지 다시 검토할 예정입니다.`,
  outdated: (date) => `이 기준은 ${date}까지 검토될 예정이었습니다. 출처에서 현재 기준을 확인하세요.`,
  unknownVisas: (names, known) => `other-visas: ${names}은(는) 여기에 없는 비자입니다. 사용할 수 있는 비자: ${known}.`,
  invalidVisa: '페이지가 제공한 비자 기준 중 올바르지 않은 것이 있어 제외했습니다.',
};

const zh: VisaWords = {
  intro: '用同样的回答，按法务部的官方标准表核对其他韩国签证。结果仅为估算，并非正式决定。',
  stepTitle: '再回答几个问题',
  stepHelp: '只问这些签证需要、而您还没有回答的内容。',
  check: '查看其他签证',
  changeAnswers: '修改这些回答',
  met: '此处核对的条件看来均已满足',
  notMet: '根据这些回答尚不符合',
  needsAnswers: '需要更多回答',
  through: (route) => `依据：${route}`,
  nearest: (route) => `最接近的条件：${route}`,
  points: (total, max, passMark) => `积分：${total}\u2060分（合格线${passMark}\u2060分；不含加分最高${max}\u2060分）`,
  partial: '目前的积分：还有计分问题尚未回答。',
  deciding: '判断依据',
  stillToAnswer: '还需回答：',
  atLeast: (label, answer, needed) => `${label}：${answer}，达到${needed}`,
  below: (label, answer, gap, needed) => `${label}：${answer}，比${needed}低${gap}`,
  needsAtLeast: (label, needed) => `${label}：至少需要${needed}`,
  // A label that ends in its own brackets ("全年最低工资（2026年）") takes the amount inside them: never （…）（…）.
  figure: (label, amount) => (label.endsWith('）') ? `${label.slice(0, -1)}，${amount}）` : `${label}（${amount}）`),
  pointsValue: (points) => `${points}\u2060分`,
  pointsShort: (label, points, short, needed) => `${label}：${points}，距${needed}还差${short}`,
  alsoRequired: '您还须满足（此处未核对）：',
  notCounted: '未询问、按0\u2060分计算的项目（如符合可加分）：',
  assumptions: '假设',
  next: '后续步骤',
  sources: '来源',
  reviewed: (from, until) => `标准自${from}起适用；本核对将于${until}前复核。`,
  outdated: (date) => `这些标准原定于${date}前复核：请在来源处查看现行标准。`,
  unknownVisas: (names, known) => `other-visas：这里没有签证${names}；可用的签证为${known}。`,
  invalidVisa: '页面提供的某个签证标准无效，已略去。',
};

const vi: VisaWords = {
  intro:
    'Cùng các câu trả lời này, đối chiếu với các loại thị thực khác của Hàn Quốc theo bảng tiêu chí chính thức của Bộ Tư pháp. Kết quả chỉ là ước tính, không phải quyết định.',
  stepTitle: 'Thêm vài câu hỏi',
  stepHelp: 'Chỉ những thông tin các loại thị thực này cần mà bạn chưa trả lời.',
  check: 'Xem các loại thị thực khác',
  changeAnswers: 'Sửa các câu trả lời này',
  met: 'Có vẻ đáp ứng các điều kiện được kiểm tra ở đây',
  notMet: 'Chưa đạt với các câu trả lời này',
  needsAnswers: 'Cần trả lời thêm',
  through: (route) => `Theo điều kiện: ${route}`,
  nearest: (route) => `Điều kiện gần nhất: ${route}`,
  points: (total, max, passMark) => `Điểm: ${total} (điểm đạt ${passMark}; tối đa ${max} chưa tính điểm cộng)`,
  partial: 'Điểm tạm tính: còn câu hỏi tính điểm chưa được trả lời.',
  deciding: 'Căn cứ đánh giá',
  stillToAnswer: 'Cần trả lời thêm:',
  atLeast: (label, answer, needed) => `${label}: ${answer}, đạt ${needed}`,
  below: (label, answer, gap, needed) => `${label}: ${answer}, thấp hơn ${gap} so với ${needed}`,
  needsAtLeast: (label, needed) => `${label}: cần đạt ${needed}`,
  figure: (label, amount) => `${label.charAt(0).toLowerCase()}${label.slice(1)} là ${amount}`,
  pointsValue: (points) => `${points} điểm`,
  pointsShort: (label, points, short, needed) => `${label}: ${points}, còn thiếu ${short} so với ${needed}`,
  alsoRequired: 'Bạn cũng phải đáp ứng (không kiểm tra ở đây):',
  notCounted: 'Không được hỏi, tính 0 điểm (nếu có, bạn có thể được cộng thêm điểm):',
  assumptions: 'Giả định',
  next: 'Bước tiếp theo',
  sources: 'Nguồn',
  reviewed: (from, until) => `Mức áp dụng từ ${from}; nội dung này sẽ được xem xét lại trước ${until}.`,
  outdated: (date) => `Các mức này lẽ ra đã được xem xét lại trước ${date}: vui lòng kiểm tra mức hiện hành tại nguồn.`,
  unknownVisas: (names, known) =>
    `other-visas: ${names} không phải là loại thị thực có ở đây; các loại thị thực có: ${known}.`,
  invalidVisa: 'Một bộ tiêu chí thị thực do trang cung cấp không hợp lệ nên đã bị bỏ qua.',
};

const WORDS: Record<string, VisaWords> = { en, ko, 'zh-Hans': zh, vi };

/** The words in `lang`, English when the widget has no such language. */
export const visaWords = (lang: string): VisaWords => WORDS[lang] ?? en;
