const INTRO = {
  en: {
    title: "Other visas that may fit",
    check: "Check other visas",
    loading: "Loading the other visas\u2026",
    failed: "The other visas could not be loaded (the connection may have dropped for a moment)."
  },
  ko: {
    title: "\uD568\uAED8 \uAC80\uD1A0\uD574 \uBCFC \uB9CC\uD55C \uB2E4\uB978 \uBE44\uC790",
    check: "\uB2E4\uB978 \uBE44\uC790 \uD655\uC778\uD558\uAE30",
    loading: "\uB2E4\uB978 \uBE44\uC790 \uC815\uBCF4\uB97C \uBD88\uB7EC\uC624\uB294 \uC911\u2026",
    failed: "\uB2E4\uB978 \uBE44\uC790 \uC815\uBCF4\uB97C \uBD88\uB7EC\uC624\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4(\uC7A0\uC2DC \uC5F0\uACB0\uC774 \uB04A\uACBC\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4)."
  },
  "zh-Hans": {
    title: "\u5176\u4ED6\u53EF\u80FD\u9002\u5408\u60A8\u7684\u7B7E\u8BC1",
    check: "\u67E5\u770B\u5176\u4ED6\u7B7E\u8BC1",
    loading: "\u6B63\u5728\u52A0\u8F7D\u5176\u4ED6\u7B7E\u8BC1\u2026",
    failed: "\u5176\u4ED6\u7B7E\u8BC1\u672A\u80FD\u52A0\u8F7D\uFF08\u7F51\u7EDC\u53EF\u80FD\u77ED\u6682\u4E2D\u65AD\uFF09\u3002"
  },
  vi: {
    title: "C\xE1c lo\u1EA1i th\u1ECB th\u1EF1c kh\xE1c c\xF3 th\u1EC3 ph\xF9 h\u1EE3p",
    check: "Xem c\xE1c lo\u1EA1i th\u1ECB th\u1EF1c kh\xE1c",
    loading: "\u0110ang t\u1EA3i th\xF4ng tin c\xE1c lo\u1EA1i th\u1ECB th\u1EF1c kh\xE1c\u2026",
    failed: "Kh\xF4ng t\u1EA3i \u0111\u01B0\u1EE3c th\xF4ng tin c\xE1c lo\u1EA1i th\u1ECB th\u1EF1c kh\xE1c (c\xF3 th\u1EC3 k\u1EBFt n\u1ED1i v\u1EEBa b\u1ECB gi\xE1n \u0111o\u1EA1n)."
  }
};
const introWords = (lang) => INTRO[lang] ?? INTRO["en"];

export { introWords };
