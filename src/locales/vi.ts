import { LATIN_PUNCTUATION } from '../components/i18n/messages.js';
import type { Locale } from './locale.js';
import { translator } from './translated.js';
// The built-in rubric's texts, keyed by its ids: data, like the rubric itself.
import texts from './vi.rubric.json' with { type: 'json' };

// Vietnamese: the frame's strings and the built-in rubric's texts, loaded only
// by pages shown in Vietnamese. Written as a Vietnamese HR professional writes
// to an applicant: polite requests (Vui lòng…), "bạn" where a pronoun is
// needed, amounts as "150.000.000 won", decimals with a comma (7,5). Terms are
// fixed in src/locales/GLOSSARY.vi.md.
const vi: Locale = {
  messages: {
    loading: 'Đang tải công cụ đánh\u00a0giá…',
    start: (minutes) =>
      `Khoảng ${minutes} phút. Thông tin bạn nhập không rời khỏi trình duyệt, và kết quả chỉ là ước tính, không phải quyết định chính thức.`,
    step: (n, of) => `Bước ${n}/${of}`,
    language: 'Ngôn ngữ',
    back: 'Quay lại',
    next: 'Tiếp tục',
    seeResult: 'Xem kết quả',
    score: (total, max) => `Điểm ước tính: ${total}/${max}`,
    // Inside the sentence a bonus's heading ("Điểm cộng doanh nghiệp vừa và nhỏ") starts in lower case.
    scoreParts: (base, bonus, bonusLabel, total, max) =>
      `${base} + ${bonus} ${bonusLabel.replace(/(^|; )(\p{Lu})(?=\p{Ll})/gu, (_, start: string, letter: string) => start + letter.toLowerCase())} = ${total}/${max} điểm`,
    problem: 'Có thông tin cần kiểm tra lại',
    answerThis: (label) => `Vui lòng trả lời “${label}”`,
    enterYears: (label) => `Vui lòng nhập “${label}” bằng số năm, ví dụ 7,5`,
    enterAge: (label) => `Vui lòng nhập “${label}” bằng số tuổi tròn, ví dụ 30`,
    enterMoney: (label) => `Vui lòng nhập “${label}” theo đơn vị won, ví dụ 150.000.000 hoặc 150 triệu`,
    didYouMean: (amount, reading) => `Có phải bạn muốn nhập ${amount} mỗi năm (${reading})?`,
    useAmount: (amount) => `Sửa thành ${amount}`,
    moneyTooLow: (label, floor) => `Vui lòng nhập “${label}” là số tiền mỗi năm, tối thiểu ${floor}`,
    moneyTooHigh: (label, ceiling) => `Vui lòng nhập “${label}” là số tiền mỗi năm, dưới ${ceiling}`,
    numberRange: (label, max) => `Vui lòng nhập “${label}” là một số từ 0 đến ${max}`,
    optional: 'Chưa trả lời',
    resultTitle: 'Kết quả ước tính của bạn',
    mayQualify: 'Bạn có thể đủ điều kiện',
    notYet: 'Với các câu trả lời này, bạn chưa đủ điều kiện',
    via: 'Theo diện',
    passMark: (mark) => `Điểm đạt tối thiểu: ${mark}`,
    pathways: 'Các diện xét duyệt',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    missing: 'Còn thiếu',
    missingNow: 'Điều kiện chưa đáp ứng:',
    conditions: (met, of) => `Bạn đáp ứng ${met}/${of} điều kiện`,
    nearest: 'Diện gần đạt nhất',
    pointsShort: (points, of) => `Thiếu ${points} điểm so với ${of}`,
    thePassMark: 'điểm đạt tối thiểu',
    points: (points) => `${points} điểm`,
    times: (multiple, label) => `${multiple} lần ${label}`,
    below: (label, amount, needed) => `${label}: còn thiếu ${amount} để đạt ${needed}`,
    weighMost: 'Câu trả lời mang lại nhiều điểm nhất',
    weighItem: (labelled, points) => `${labelled} (${points} điểm)`,
    howSure: 'Độ tin cậy của kết quả',
    closeCall: (label, needed) =>
      `${label} đạt mức ${needed} với chênh lệch dưới 1%: một thay đổi nhỏ cũng có thể đảo ngược kết quả này.`,
    closeToPass: (points, count) =>
      count === 0
        ? 'Vừa đúng bằng điểm đạt tối thiểu: chỉ cần thấp hơn 1 điểm là không đạt.'
        : `Chỉ vượt điểm đạt tối thiểu ${points} điểm.`,
    canChange: 'Những điều bạn có thể thay đổi:',
    stillGet: 'Bạn vẫn có thể đủ điều kiện cho',
    alternatives: 'Nếu không, bạn có thể cân nhắc các diện sau',
    leadsTo: (status) => `Dẫn đến: ${status}`,
    basis: (basis) => `Căn cứ chính thức: ${basis}`,
    nextSteps: 'Các bước tiếp theo',
    nextStep: 'Bước tiếp theo của bạn',
    notOpen: 'Không phù hợp với bạn theo các câu trả lời này',
    byTime: 'sẽ đạt được theo thời gian',
    byOffer: 'có thể đạt được nhờ đàm phán lương hoặc một lời mời khác',
    byAction: 'bạn có thể tự chuẩn bị',
    otherRoutes: 'Các con đường khác để đến Hàn Quốc',
    whatIfVerdict: (eligible, score) =>
      `Giả định: ${eligible ? 'bạn có thể đủ điều kiện' : 'bạn chưa đủ điều kiện'}, ${score}`,
    changeLanguage: 'Đổi ngôn ngữ',
    yourAnswer: (answer) => `câu trả lời của bạn: ${answer}`,
    allOf: 'Đáp ứng tất cả các điều kiện sau:',
    anyOf: 'Đáp ứng ít nhất một điều kiện sau:',
    atLeast: (label, value) => `${label}: tối thiểu ${value}`,
    or: ' hoặc ',
    ...LATIN_PUNCTUATION,
    totalScore: 'Tổng điểm',
    criteria: 'Điểm theo từng tiêu chí',
    whatIf: 'Thay đổi bất kỳ câu trả lời nào để xem điểm thay đổi ra sao. Câu trả lời bạn đã nhập vẫn được giữ nguyên.',
    whatIfOn: 'Giả định',
    delta: (delta, total) => `${delta} điểm so với câu trả lời ban đầu (${total} điểm)`,
    restore: 'Quay lại kết quả của tôi',
    errorPrefix: 'Lỗi:',
    gain: 'Cách tăng điểm',
    gainItem: (label, answer, points) => `${label}: ${answer} → +${points} điểm`,
    benefits: 'Quyền lợi bạn có thể được hưởng',
    benefitsAssumed:
      'Phần lớn các quyền lợi này đi kèm thị thực F-2-T. Diện bạn đáp ứng mới chỉ được biết qua báo chí, và việc diện này dẫn đến F-2-T là giả định của chúng tôi.',
    assumptions: 'Giả định và nguồn tham khảo',
    gni: (multiple, label, year) => `= ${multiple} lần ${label} (${year})`,
    won: (amount) => `${amount} won`,
    years: (years) => `${years} năm`,
    age: (age) => `${age} tuổi`,
    applied: (from, until) => `áp dụng từ ${from} đến ${until}`,
    preset: (label, answer, points) =>
      `${label}: ${answer}, theo thông tin của trang này${points && ` (+${points} điểm)`}`,
    outdated: (date) =>
      `Bộ tiêu chí này đã đến hạn rà soát vào ngày ${date}; một số số liệu có thể đã cũ cho đến khi trang này cập nhật.`,
    print: 'In kết quả',
    changeAnswers: 'Sửa câu trả lời',
    errorTitle: 'Không thể hiển thị công cụ đánh\u00a0giá',
    retry: 'Thử lại',
    notStarted:
      'trang này không cho phép công cụ chạy. Nhà phát triển của trang có thể xem lý do trong bảng điều khiển (console) của trình duyệt.',
    checkerFailed: 'Không tải được tệp kiểm tra bộ tiêu chí của trang này (có thể kết nối mạng vừa bị gián đoạn).',
    rubricFetch: (src, why) => `Không thể tải bộ tiêu chí từ ${src} (${why}).`,
    timedOut: 'hết thời gian chờ',
    networkError: 'lỗi mạng',
    rubricJson: (src) => `Bộ tiêu chí tại ${src} không phải là JSON hợp lệ.`,
    rubricInvalid: 'Bộ tiêu chí không hợp lệ nên không thể tính điểm.',
    answersInvalid: 'Một số câu trả lời không dùng được và đã bị bỏ qua.',
    setAside: 'Một số câu trả lời không phù hợp với bộ tiêu chí mới nên đã được tạm gác lại.',
    storedDiscarded: 'Các câu trả lời đã lưu theo một phiên bản tiêu chí khác đã bị xóa.',
    storedCarried:
      'Các câu trả lời đã lưu theo phiên bản tiêu chí trước đã được giữ lại; những câu không còn phù hợp đã bị bỏ qua.',
    badPreset: (attribute, value, options) =>
      `Giá trị “${value}” của ${attribute} không thuộc ${options}; câu hỏi này sẽ được hỏi trực tiếp.`,
    presetUnused: (attribute) =>
      `Bộ tiêu chí này không có câu hỏi nào ứng với ${attribute}, nên thuộc tính này không được áp dụng.`,
  },
  rubric: texts,
  translate: translator(texts),
};

export default vi;
