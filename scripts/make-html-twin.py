#!/usr/bin/env python3
"""Writes corpus/binh-duong-6832-2021.html: the same plan as corpus/binh-duong-6832-2021.txt, laid
out the way a legal-document site serves it — site chrome and the site's metadata box around a
`div.content1`, the header and signature as layout tables, paragraphs as <p>, and the task
table as a real <table>. It reads the text copy's shapes directly (lines ending in " |" are
cells, a lone "|" closes a row), independently of planx, so that a test can check that planx
finds the same tasks in both forms."""
import html, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
lines = (root / 'corpus/binh-duong-6832-2021.txt').read_text(encoding='utf-8').split('\n')
if lines and lines[-1] == '':
    lines.pop()
esc = html.escape

out = ['<!DOCTYPE html>', '<html lang="vi"><head><meta charset="utf-8">',
       f'<title>{esc(lines[0])}</title>',
       '<script>window.dataLayer = [];</script>', '</head><body>',
       '<div class="header"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a> | <a href="/dang-nhap">Đăng nhập</a></div>',
       f'<h1 class="doc-title">{esc(lines[0])}</h1>',
       '<table class="site-box">']
i = 1
while lines[i].startswith(('Số hiệu', 'Ngày', 'Loại', 'Cơ quan', 'Người ký', 'Lĩnh vực')):
    key, value = [c.strip() for c in lines[i].rstrip(' |').split('|')]
    out.append(f'<tr><td>{esc(key)}</td><td>{esc(value)}</td></tr>')
    i += 1
out.append('</table>')
out.append('<div class="content1">')

def cells_until_text(i):
    """Pipe-terminated cells (a cell may wrap onto following lines) up to the next plain line."""
    cells, buf = [], []
    while i < len(lines):
        line = lines[i]
        if line.strip() == '|':
            i += 1
            continue
        if line.endswith(' |') or line.endswith('|'):
            buf.append(line.rstrip('|').rstrip())
            cells.append(' '.join(buf)); buf = []
            i += 1
            continue
        if i + 1 < len(lines) and lines[i + 1].endswith('|') and lines[i + 1].strip() != '|' and not buf and len(line) < 40:
            buf.append(line); i += 1
            continue
        break
    return cells, i

n = len(lines)
while i < n:
    line = lines[i]
    if line.strip() == 'STT |':           # the task table runs to the end of the document
        header, i = [], i
        while len(header) < 7:
            header.append(lines[i].rstrip(' |')); i += 1
        out.append('<table border="1"><thead><tr>' + ''.join(f'<th>{esc(h)}</th>' for h in header) + '</tr></thead><tbody>')
        row, buf = [], []
        while i < n:
            l = lines[i]
            if l.strip() == '|':
                if row:
                    out.append('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in row) + '</tr>')
                row = []
            elif l.endswith('|'):
                buf.append(l.rstrip('|').rstrip()); row.append(' '.join(buf)); buf = []
            else:
                buf.append(l)
            i += 1
        if buf: row.append(' '.join(buf))
        if row:
            out.append('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in row) + '</tr>')
        out.append('</tbody></table>')
        break
    if line.endswith('|') or (i + 1 < n and lines[i + 1].endswith('|') and lines[i + 1].strip() not in ('|', 'STT |') and len(line) < 40):
        cells, i = cells_until_text(i)
        out.append('<table class="layout"><tr>' + ''.join(f'<td><p align="center"><b>{esc(c)}</b></p></td>' for c in cells) + '</tr></table>')
        continue
    if line.strip():
        caps = line.upper() == line and len(line) < 200
        out.append(f'<p align="center"><b>{esc(line)}</b></p>' if caps else f'<p>{esc(line)}</p>')
    i += 1
out.append('</div>')
out.append('<div class="footer"><p>Văn bản này được cung cấp để tham khảo.</p><p>Hãy đăng nhập hoặc đăng ký Tài khoản để biết được tình trạng hiệu lực.</p></div>')
out.append('</body></html>')
(root / 'corpus/binh-duong-6832-2021.html').write_text('\n'.join(out) + '\n', encoding='utf-8')
print(root / 'corpus/binh-duong-6832-2021.html')
