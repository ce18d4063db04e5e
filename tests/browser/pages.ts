/** Every page the site builds, from the same route list the sidebar uses. */
export { sitePages } from "../../scripts/browser.js";
