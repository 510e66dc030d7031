/** When the site was built: SOURCE_DATE_EPOCH when set (reproducible builds, https://reproducible-builds.org/specs/source-date-epoch/), else now. */
export function buildTime(): Date {
  const epoch = Number(process.env["SOURCE_DATE_EPOCH"]);
  return Number.isFinite(epoch) && process.env["SOURCE_DATE_EPOCH"] ? new Date(epoch * 1000) : new Date();
}
