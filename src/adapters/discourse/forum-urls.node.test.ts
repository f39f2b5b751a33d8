import { describe, expect, it } from 'vitest';
import { createForumUrls } from './forum-urls.js';

const forum = createForumUrls('https://example.com/community/');

describe('forum URLs', () => {
  it('builds topic, profile and category URLs under the base path', () => {
    expect(forum.topic('hello-world', '42')).toBe('https://example.com/community/t/hello-world/42');
    expect(forum.topic('', '42')).toBe('https://example.com/community/t/topic/42');
    expect(forum.user('mateja.kovac')).toBe('https://example.com/community/u/mateja.kovac');
    expect(forum.category(['help-support', 'vodici'], '11')).toBe(
      'https://example.com/community/c/help-support/vodici/11',
    );
  });

  it('fills avatar sizes and resolves root-relative templates against the origin', () => {
    expect(forum.avatar('/community/user_avatar/example.com/jane/{size}/88_2.png', 96)).toBe(
      'https://example.com/community/user_avatar/example.com/jane/96/88_2.png',
    );
    expect(forum.avatar('https://cdn.example.net/letter/j/{size}.png', 48)).toBe(
      'https://cdn.example.net/letter/j/48.png',
    );
    expect(forum.avatar('//cdn.example.net/a/{size}.png', 48)).toBe(
      'https://cdn.example.net/a/48.png',
    );
  });

  it('drops URLs that are not http(s)', () => {
    expect(forum.avatar('javascript:alert(1)//{size}', 96)).toBeUndefined();
    expect(forum.absolute('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(forum.absolute('mailto:team@example.com')).toBeUndefined();
    expect(forum.absolute(' java\tscript:alert(1)')).toBeUndefined();
    expect(forum.absolute(undefined)).toBeUndefined();
  });

  it('makes root-relative src, href and srcset in post HTML absolute, and nothing else', () => {
    const html =
      '<a href="/t/x/1">x</a><img src=\'/uploads/a.png\' srcset="/uploads/a.png, /uploads/b.png 2x" data-src="/keep">' +
      '<a href="//cdn.example.net/c">c</a><a href="https://other.example/d">d</a>';
    expect(forum.absolutizeHtml(html)).toBe(
      '<a href="https://example.com/t/x/1">x</a>' +
        '<img src=\'https://example.com/uploads/a.png\' srcset="https://example.com/uploads/a.png, https://example.com/uploads/b.png 2x" data-src="/keep">' +
        '<a href="//cdn.example.net/c">c</a><a href="https://other.example/d">d</a>',
    );
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => createForumUrls('javascript:alert(1)')).toThrow(TypeError);
    expect(() => createForumUrls('not a url')).toThrow(TypeError);
  });
});
