// The throwaway comparison project of `npm run bench`: Framework's defaults, except two things
// a default project would download from the internet, which the offline benchmark cannot (the
// site leaves both out too): the web font stylesheet (fonts.googleapis.com) and the DuckDB json
// and parquet extensions (extensions.duckdb.org).
export default {
  root: "src",
  title: "Plain Framework page",
  globalStylesheets: [],
  duckdb: {extensions: {json: null, parquet: null}}
};
