// The section's first words, in every language the widget has: in the result file, before the visas' own file has loaded.

/** What the section says before its file has loaded. */
export interface IntroWords {
  title: string;
  check: string;
  loading: string;
  failed: string;
}

const INTRO: Record<string, IntroWords> = {
  en: {
    title: 'Other visas that may fit',
    check: 'Check other visas',
    loading: 'Loading the other visas…',
    failed: 'The other visas could not be loaded (the connection may have dropped for a moment).',
  },
  ko: {
    title: '함께 검토해 볼 만한 다른 비자',
    check: '다른 비자 확인하기',
    loading: '다른 비자 정보를 불러오는 중…',
    failed: '다른 비자 정보를 불러오지 못했습니다(잠시 연결이 끊겼을 수 있습니다).',
  },
  'zh-Hans': {
    title: '其他可能适合您的签证',
    check: '查看其他签证',
    loading: '正在加载其他签证…',
    failed: '其他签证未能加载（网络可能短暂中断）。',
  },
  vi: {
    title: 'Các loại thị thực khác có thể phù hợp',
    check: 'Xem các loại thị thực khác',
    loading: 'Đang tải thông tin các loại thị thực khác…',
    failed: 'Không tải được thông tin các loại thị thực khác (có thể kết nối vừa bị gián đoạn).',
  },
};

/** The intro words in `lang`, English when the widget has no such language. */
export const introWords = (lang: string): IntroWords => INTRO[lang] ?? (INTRO['en'] as IntroWords);
