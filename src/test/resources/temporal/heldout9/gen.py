"""Turns source.txt (articles with the expectations written beside each line) into the set's files.

Extends ../heldout2/gen.py (itself ../heldout/gen.py with the shapes clippings come in) with text
wrapped at a fixed width, as a news database prints it, and source lines at the end.
`@ID ANCHOR SHAPE`, SHAPE one of
  blank      paragraphs separated by blank lines (a blank line after the header lines too)
  indent     a paragraph a line, each indented with U+3000, no blank line anywhere
  indent/gap the same with a blank line between the header lines and the body
  lines      a paragraph a line, no indentation, no blank line anywhere
  lines/gap  the same with a blank line between the header lines and the body
  wrap       each paragraph indented with U+3000 and wrapped every WIDTH characters (inside
             sentences and words, as a fixed-width page breaks them), a blank line after the header
             lines and none between paragraphs; a line never starts with 。、」） (they hang on the
             line before, as Japanese line breaking wants)
  wrap/blank the same without indentation, paragraphs separated by blank lines
`T text` is a source line after the body (（共同）, 出典: …), a line of its own, not a sentence;
`X text` is the same written at the end of the body's last paragraph, right after its last sentence.
A report of a happening named before is `E key` (its readings) or `E key | date[|date]` (its own,
when this report dates it as a period, a month or another day). Lines: `H` a header line (headline, dateline, byline: not a sentence, not numbered), `S` a
sentence of the body, `P` a paragraph break, `L` the heading of a related-articles list (not
numbered), `R` an item of that list (numbered, one a line), `D` and `E`/`B` as in ../heldout.
Sentences are numbered as an analyst counts them: the body's sentences, then the list's items.
"""
import sys, os, re
src, out, arts = sys.argv[1], sys.argv[2], sys.argv[3]
SHAPES = ('blank', 'indent', 'indent/gap', 'lines', 'lines/gap', 'wrap', 'wrap/blank')
WIDTH = 35
HANGING = '。、」）'
articles = []
cur = None; line_text = None; sno = 0
defs = {}
for raw in open(src, encoding='utf-8'):
    line = raw.rstrip('\n')
    if not line.strip():
        continue
    tag, _, rest = line.partition(' ')
    if tag.startswith('@'):
        anchor, shape = rest.split()
        if shape not in SHAPES:
            sys.exit('bad shape: ' + line)
        cur = {'id': tag[1:], 'anchor': anchor, 'shape': shape, 'header': [], 'paras': [[]],
               'related': [], 'trailer': [], 'tail': '', 'numbered': [], 'dates': [], 'events': []}
        articles.append(cur); sno = 0
    elif tag == 'H':
        line_text = rest; cur['header'].append(rest)
    elif tag == 'S':
        line_text = rest; cur['paras'][-1].append(rest); cur['numbered'].append(rest); sno += 1
    elif tag == 'T':
        line_text = rest; cur['trailer'].append(rest)
    elif tag == 'X':
        line_text = rest; cur['tail'] += rest
    elif tag == 'P':
        cur['paras'].append([])
    elif tag == 'L':
        line_text = rest; cur['related'].append(rest)
    elif tag == 'R':
        line_text = rest; cur['related'].append(rest); cur['numbered'].append(rest); sno += 1
    elif tag == 'D':
        body, _, note = rest.partition(' # ')
        expr, _, value = body.partition(' = ')
        cur['dates'].append((line_text, expr.strip(), value.strip(), note.strip()))
    elif tag in ('E', 'B'):
        parts = [p.strip() for p in rest.split('|')]
        key = parts[0]
        if len(parts) == 1 or all(re.match(r'^\d{4}(-|/|$)', x) for x in parts[1:]):
            # a happening named before, with readings of its own when this report dates it otherwise
            d = defs[key]
            date = '|'.join(parts[1:]) or d[1]
            cur['events'].append([cur['id'], str(sno), key, date] + d[2:])
        else:
            i = 1
            while re.match(r'^\d{4}(-|/|$)', parts[i]):
                i += 1
            date = '|'.join(parts[1:i])
            label, actors, cat = parts[i:i + 3]
            keys = '|'.join(parts[i + 3:])
            status = 'timeline' if tag == 'E' else 'background'
            d = [key, date, label, actors, cat, status, keys]
            defs[key] = d
            cur['events'].append([cur['id'], str(sno), key, date, label, actors, cat, status, keys])
    else:
        sys.exit('bad line: ' + line)


def wrapped(paragraph):
    """A paragraph broken every WIDTH characters, the hanging marks kept on the line before."""
    lines = []
    rest = paragraph
    while len(rest) > WIDTH:
        cut = WIDTH
        while cut < len(rest) and rest[cut] in HANGING:
            cut += 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        lines.append(rest)
    return '\n'.join(lines)


def text_of(a):
    """The article's file as a clipping holds it (no final line break)."""
    header = '\n'.join(a['header'])
    paras = [''.join(p) for p in a['paras'] if p]
    paras[-1] += a['tail']
    related = '\n'.join(a['related'])
    trailer = '\n'.join(a['trailer'])
    shape = a['shape']
    if shape == 'blank':
        parts = [header] + paras + ([trailer] if trailer else []) + ([related] if related else [])
        return '\n\n'.join(parts)
    if shape.startswith('wrap'):
        indent = '\u3000' if shape == 'wrap' else ''
        between = '\n' if shape == 'wrap' else '\n\n'
        body = between.join(wrapped(indent + p) for p in paras)
        return header + '\n\n' + body + ('\n' + trailer if trailer else '') + ('\n\n' + related if related else '')
    indent = '\u3000' if shape.startswith('indent') else ''
    body = '\n'.join(indent + p for p in paras)
    gap = '\n\n' if shape.endswith('/gap') else '\n'
    return header + gap + body + ('\n' + trailer if trailer else '') + ('\n' + related if related else '')


for a in articles:
    if '\t' in text_of(a) or '\\' in text_of(a):
        sys.exit(a['id'] + ': a tab or a backslash in the text')
with open(os.path.join(out, 'articles.tsv'), 'w', encoding='utf-8') as f:
    f.write('article\tanchor\ttext\n')
    for a in articles:
        f.write(f"{a['id']}\t{a['anchor']}\t{text_of(a).replace(chr(10), chr(92) + 'n')}\n")
with open(os.path.join(out, 'expected.tsv'), 'w', encoding='utf-8') as f:
    f.write('article\tsentence\texpression\texpected\tnote\n')
    for a in articles:
        last = None; at = 0
        for s, e, v, n in a['dates']:
            if s != last:
                last = s; at = 0
            i = s.find(e, at)
            if i < 0:
                sys.exit(f"{a['id']}: {e} not in order in {s}")
            at = i + len(e)
            f.write(f"{a['id']}\t{s}\t{e}\t{v}\t{n}\n")
with open(os.path.join(out, 'expected-events.tsv'), 'w', encoding='utf-8') as f:
    f.write('article\tsentence\thappening\tdate\tlabel\tactors\tcategory\tstatus\tkeywords\n')
    for a in articles:
        for ev in a['events']:
            f.write('\t'.join(ev) + '\n')
with open(os.path.join(out, 'sentences.tsv'), 'w', encoding='utf-8') as f:
    f.write('article\tsentence\ttext\n')
    for a in articles:
        for n, s in enumerate(a['numbered'], 1):
            f.write(f"{a['id']}\t{n}\t{s}\n")
for a in articles:
    with open(os.path.join(arts, a['id'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text_of(a) + '\n')
print(len(articles), 'articles', sum(len(a['numbered']) for a in articles), 'sentences',
      sum(len(a['dates']) for a in articles), 'date rows', sum(len(a['events']) for a in articles), 'event rows')
