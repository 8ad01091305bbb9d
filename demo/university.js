// After the result, point the researcher to the right next step. The widget
// loads the office's own rubric (rubric-src); if that file cannot be loaded
// or is invalid, the widget says so itself and fires `assessment-error`.
const widget = document.querySelector('ktech-pass-assessment');
const nextStep = document.getElementById('next-step');

widget.addEventListener('score', (event) => {
  const { total, passMark, eligible } = event.detail;
  nextStep.hidden = false;
  nextStep.textContent = eligible
    ? `예상 점수 ${total}점: 신청 자격이 있을 수 있습니다. 서류 준비를 위해 국제처에 상담을 예약하세요.`
    : `예상 점수 ${total}점 (기준 ${passMark}점): 다른 비자 경로도 있습니다. 국제처와 상담하세요.`;
});

widget.addEventListener('assessment-error', (event) => {
  nextStep.hidden = false;
  nextStep.textContent = `진단표를 불러오지 못했습니다: ${event.detail.message} 국제처로 문의해 주세요.`;
});
