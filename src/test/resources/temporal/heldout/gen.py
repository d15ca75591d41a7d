"""Turns source.txt (articles with the expectations written beside each sentence) into the set's files."""
import sys, os, re
src, out, arts = sys.argv[1], sys.argv[2], sys.argv[3]
articles = []  # (id, anchor, [sentences], [(sentence, expr, value, note)], [events])
cur = None; sent = None; sno = 0
defs = {}
for raw in open(src, encoding='utf-8'):
    line = raw.rstrip('\n')
    if not line.strip():
        continue
    tag, _, rest = line.partition(' ')
    if tag.startswith('@'):
        cur = {'id': tag[1:], 'anchor': rest.strip(), 'sents': [], 'dates': [], 'events': []}
        articles.append(cur); sno = 0
    elif tag == 'S':
        sent = rest; cur['sents'].append(sent); sno += 1
    elif tag == 'D':
        body, _, note = rest.partition(' # ')
        expr, _, value = body.partition(' = ')
        cur['dates'].append((sent, expr.strip(), value.strip(), note.strip()))
    elif tag in ('E', 'B'):
        parts = [p.strip() for p in rest.split('|')]
        key = parts[0]
        if len(parts) == 1:
            d = defs[key]
            cur['events'].append([cur['id'], str(sno), key] + d[1:])
        else:
            # date readings may hold '|' too: key | date(s) | label | actors | category | keywords
            i = 1
            while re.match(r'^\d{4}', parts[i]):
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

def text_of(a, sep):
    t = ''
    for s in a['sents']:
        if s.startswith('【関連記事】'):
            t += sep
        t += s
    return t

with open(os.path.join(out, 'articles.tsv'), 'w', encoding='utf-8') as f:
    f.write('article\tanchor\ttext\n')
    for a in articles:
        f.write(f"{a['id']}\t{a['anchor']}\t{text_of(a, chr(92) + 'n')}\n")
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
for a in articles:
    y, m, d = a['anchor'].split('-')
    with open(os.path.join(arts, a['id'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(f"{y}/{m}/{d}\n\n{text_of(a, chr(10) + chr(10))}\n")
print(len(articles), 'articles', sum(len(a['sents']) for a in articles), 'sentences',
      sum(len(a['dates']) for a in articles), 'date rows', sum(len(a['events']) for a in articles), 'event rows')
