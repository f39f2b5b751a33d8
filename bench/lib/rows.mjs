// Rows: the one shape every measurement returns, and the terminal table.

/** Fills in ratio and withinBudget from value, baseline and budget. */
export function finishRow(row) {
  const done = { ...row };
  if (
    done.ratio === undefined &&
    isNumber(done.value) &&
    isNumber(done.baseline) &&
    done.baseline > 0
  ) {
    done.ratio = done.value / done.baseline;
  }
  if (done.budget && done.withinBudget === undefined && isNumber(done.value)) {
    const { max, maxRatio } = done.budget;
    const checks = [];
    if (isNumber(max)) checks.push(done.value <= max);
    if (isNumber(maxRatio) && isNumber(done.ratio)) checks.push(done.ratio <= maxRatio);
    if (checks.length) done.withinBudget = checks.every(Boolean);
  }
  return done;
}

export function formatValue(value, unit) {
  if (!isNumber(value)) return '—';
  if (unit === 'B') return value >= 1000 ? `${(value / 1000).toFixed(1)} kB` : `${value} B`;
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  return `${value} ${unit}`;
}

function formatBudget(row) {
  if (!row.budget) return '';
  const parts = [];
  if (isNumber(row.budget.max)) parts.push(`≤ ${formatValue(row.budget.max, row.unit)}`);
  if (isNumber(row.budget.maxRatio)) parts.push(`≤ ${row.budget.maxRatio}×`);
  return parts.join(', ');
}

function formatOk(row) {
  if (row.skipped) return 'skip';
  if (row.withinBudget === undefined) return '';
  return row.withinBudget ? 'yes' : 'NO';
}

export function formatTable(rows) {
  const header = ['figure', 'value', 'baseline', 'ratio', 'budget', 'ok'];
  const body = rows.map((row) => [
    row.label,
    formatValue(row.value, row.unit),
    isNumber(row.baseline)
      ? `${formatValue(row.baseline, row.unit)} ${row.baselineLabel ?? ''}`.trim()
      : '',
    isNumber(row.ratio) ? `${row.ratio.toFixed(2)}×` : '',
    formatBudget(row),
    formatOk(row),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => [...cells[column]].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...body.map(line)].join(
    '\n',
  );
}

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
