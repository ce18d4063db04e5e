/** Bahasa Indonesia: the site's default language. Every key here must exist in en.ts. */
export const id = {
  "site.title": "Co-produksi 1000 HPK Kalirungkut",
  "site.switch": "English",
  "site.switchLabel": "Baca halaman ini dalam bahasa Inggris",
  "site.footer": "Data dan kode terbuka. Setiap angka dan kutipan membawa sumbernya.",
  "nav.section": "Bahasa Indonesia",
  "nav.overview": "Ikhtisar",
  "nav.dimensions": "Tujuh dimensi",
  "nav.stages": "Tahap × aktor",
  "nav.actors": "Aktor dan saluran",
  "nav.recommendations": "Rekomendasi",
  "nav.explorer": "Penjelajah bukti",
  "nav.metrics": "Angka program",
  "nav.brief": "Ringkasan kebijakan",
  "nav.data": "Data dan metode",
  "rating.good": "berjalan baik",
  "rating.fairly-good": "berjalan cukup baik, perlu penguatan",
  "rating.weak": "lemah",
  "rating.not-assessed": "tidak dinilai",
  "valence.strength": "kekuatan",
  "valence.gap": "kesenjangan",
  "valence.neutral": "netral",
  "overview.title": "Co-produksi dalam Program Pendampingan 1000 HPK",
  "overview.chartTitle": "Penilaian tesis atas tujuh dimensi",
  "overview.chartAlt": "Diagram batang: jumlah temuan kekuatan dan kesenjangan per dimensi, diberi label penilaian tesis",
  "overview.findings": "temuan",
  "overview.dimension": "Dimensi",
  "overview.assessment": "Penilaian tesis"
} as const;

export type DictKey = keyof typeof id;
