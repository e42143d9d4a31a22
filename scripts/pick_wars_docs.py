"""Pick the documents of the other-wars blind claimant file, once (seed 2020).

Eligible: a document of a dev/train file of ../shared/data/real-dev (never a
test split) that holds a death/injury/capture word and a number word, whose id
is named nowhere in the repository (git grep) nor in any earlier blind
reader's folder (/work/blind*). The split: SHA-1 of "source#doc", ascending,
even positions dev, odd held-out.
"""
import csv, hashlib, json, random, re, subprocess, sys
from pathlib import Path
sys.path.insert(0, "/work/main/src")
from warmonitor.evaluation.real_docs import real_document

REAL = Path("/work/shared/data/real-dev")
CAS = re.compile(r"\b(kill|killed|killing|dead|died|death|deaths|wounded|injured|injuring|abducted|kidnapped|arrested|captured|detained|massacre|bodies)\b", re.I)
NUM = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)\b", re.I)
blind_text = "\n".join(p.read_text(errors="ignore") for p in Path("/work").glob("blind*/*") if p.is_file() and p.suffix in {".json", ".md", ".py", ".txt"})
blind_text += "\n".join(p.read_text(errors="ignore") for p in Path("/work").glob("blind*/texts/*") if p.is_file())

def named(doc: str) -> bool:
    if doc in blind_text:
        return True
    r = subprocess.run(["git", "-C", "/work/main", "grep", "-q", "-F", doc], capture_output=True)
    return r.returncode == 0

def eligible(source, doc):
    text, _ = real_document(REAL, source, doc)
    return bool(CAS.search(text)) and bool(NUM.search(text)) and len(text) < 6000

def satp_named(line: int) -> bool:
    pats = [f"satp row {line}", f"satp row {line-1}", f"satp_relevant_train.tsv#{line}", f"satp_relevant_train.tsv:{line}"]
    return any(p in blind_text for p in pats) or any(
        subprocess.run(["git", "-C", "/work/main", "grep", "-q", "-F", p], capture_output=True).returncode == 0 for p in pats[2:])

rng = random.Random(2020)
picked = []
# SATP: 1-based lines
n = sum(1 for _ in open(REAL / "satp_relevant_train.tsv"))
lines = list(range(1, n + 1)); rng.shuffle(lines)
k = 0
for line in lines:
    if k == 14: break
    if satp_named(line) or not eligible("satp_relevant_train.tsv", str(line)): continue
    picked.append(("satp_relevant_train.tsv", str(line))); k += 1
wiki = [json.loads(l)["doc_id"] for l in open(REAL / "wikievents_dev.jsonl")]
rng.shuffle(wiki); k = 0
for d in wiki:
    if k == 8: break
    if named(d) or not eligible("wikievents_dev.jsonl", d): continue
    picked.append(("wikievents_dev.jsonl", d)); k += 1
rams = [json.loads(l)["doc_key"] for l in open(REAL / "rams_dev.jsonlines")]
rng.shuffle(rams); k = 0
for d in rams:
    if k == 14: break
    if named(d) or not eligible("rams_dev.jsonlines", d): continue
    picked.append(("rams_dev.jsonlines", d)); k += 1
rows = sorted(picked, key=lambda p: hashlib.sha1(f"{p[0]}#{p[1]}".encode()).hexdigest())
with open("/work/wars/split.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["unit_id", "source_file", "doc", "half", "order"])
    for i, (s, d) in enumerate(rows):
        w.writerow([f"{s}#{d}", s, d, "dev" if i % 2 == 0 else "heldout", i])
print(len(rows))
