import { describe, expect, it } from 'vitest';
import { safeColor } from './safe-color.js';
import { safeLang } from './safe-lang.js';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('lets http, https, mailto and relative URLs through', () => {
    for (const url of [
      'https://x.example/t/1',
      'http://x.example',
      'mailto:a@b.c',
      '/t/a/1',
      '?q=1',
      '#top',
      'page.html',
      '//cdn.example/a.png',
    ]) {
      expect(safeUrl(url), url).toBe(url);
    }
  });

  it('drops every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,<script>',
      'vbscript:msgbox',
      'blob:https://x/1',
      'file:///etc/passwd',
      'x:y',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).toBeUndefined();
    }
    expect(safeUrl(42)).toBeUndefined();
    expect(safeUrl('')).toBeUndefined();
  });
});

describe('safeColor', () => {
  it('accepts plain colour syntax', () => {
    for (const color of [
      '#0088cc',
      '#fff',
      '#ffffff80',
      'rgb(0 136 204)',
      'oklch(0.6 0.1 240)',
      'hsl(200, 50%, 40%)',
      'rebeccapurple',
    ]) {
      expect(safeColor(color), color).toBe(color);
    }
  });

  it('refuses anything that could smuggle CSS', () => {
    for (const color of [
      'red; background: url(//evil)',
      'url(x)',
      'var(--x)',
      'expression(alert(1))',
      'rgb(0 0 0) url(x)',
      '0088cc',
    ]) {
      expect(safeColor(color), color).toBeUndefined();
    }
  });

  it('refuses absurdly long input at once, without scanning it', () => {
    const started = performance.now();
    expect(safeColor(`rgb(${' '.repeat(60_000)}`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('safeLang', () => {
  it('keeps well-formed language tags and drops the rest', () => {
    expect(safeLang('sl')).toBe('sl');
    expect(safeLang('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(safeLang('<script>')).toBeUndefined();
    expect(safeLang(7)).toBeUndefined();
  });
});
