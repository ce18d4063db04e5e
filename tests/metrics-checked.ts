/** Figures the acceptance criteria follow from data/study/metrics to metrics.json and to the page's tables. */
export const CHECKED_VALUES = [
  { geography: "Kota Surabaya", survey: "SSGI 2021", period: "2021", value: 28.9 },
  { geography: "Kota Surabaya", survey: "SSGI 2022", period: "2022", value: 4.8 },
  { geography: "Indonesia", survey: "SSGI 2022", period: "2022", value: 21.6 },
  { geography: "Indonesia", survey: "SSGI 2024", period: "2024", value: 19.8 },
  { geography: "Jawa Timur", survey: "SSGI 2024", period: "2024", value: 14.7 }
] as const;
