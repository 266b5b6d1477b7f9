#!/usr/bin/env python3
"""A synthetic Waymark knowledge base for the benchmarks in this folder.

Usage: python3 gen.py --pages N --out DIR [--seed S]

Writes DIR/content/: N guide pages and the home page from gen_content.py (Waymark's
`order` key, `index.md`), plus about one decision tree (20-40 nodes) and one checklist
(3-4 sections, 12-20 items) per 50 pages, under decisions/ and checklists/. Trees and
checklists link to guide pages and their headings, outcomes offer a checklist, and every tree is
linked from one guide page and embedded in another, so the content exercises wizards, embeds and checklist scripts as authors use them.
Output is a pure function of the arguments. Standard library only.
"""

import argparse
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_content as g  # noqa: E402

TONES = ["positive", "neutral", "caution", "negative"]


def quote(s):
    return g.yaml_str(s)


def guide_link(pages, rng, prefix="../guides/"):
    p = rng.choice(pages)
    if rng.random() < 0.5:
        return "{}{}.md#{}".format(prefix, p["slug"], g.github_slug(rng.choice(p["headings"])))
    return "{}{}.md".format(prefix, p["slug"])


def tree_yaml(i, pages, n_checklists, rng):
    """A binary tree in heap order: k questions (nodes 0..k-1), k+1 outcomes; 2k+1 nodes."""
    k = rng.randint(10, 19)
    f = g.Filler(rng, rng.choice(g.TOPICS))
    names = ["q{}".format(j) for j in range(k)] + ["outcome-{}".format(j) for j in range(k + 1)]
    lines = [
        "kind: decision",
        "title: " + quote("Decision {}: how to handle {}".format(i + 1, f.fill("{topic}"))),
        "summary: " + quote(f.fill("Pick the right way to {action} {topic}.")),
        "tags: [" + ", ".join(rng.sample(g.TAGS, 2)) + "]",
        "start: q0",
        "nodes:",
    ]
    for j, name in enumerate(names):
        lines.append("  {}:".format(name))
        if j < k:
            lines.append("    question: " + quote(f.fill("Step {}: is the {{adj}} {{thing}} ready?".format(j + 1))))
            lines.append("    help: |")
            lines.append("      " + f.fill(rng.choice(g.SENTENCES)) + " See [the guide]({}).".format(guide_link(pages, rng)))
            lines.append("    options:")
            for c, label in ((2 * j + 1, "Yes"), (2 * j + 2, "No")):
                lines.append("      - label: " + quote("{}, {}".format(label, f.fill("the {role} agrees"))))
                lines.append("        next: " + names[c])
                if rng.random() < 0.3:
                    lines.append("        hint: " + quote(f.fill(rng.choice(g.BULLETS))))
        else:
            lines.append("    outcome: " + quote(f.fill("{action_title} the {thing} through {system}") + " ({})".format(j - k + 1)))
            lines.append("    tone: " + rng.choice(TONES))
            lines.append("    body: |")
            lines.append("      " + f.fill(rng.choice(g.SENTENCES)))
            lines.append("    links:")
            for _ in range(rng.randint(1, 2)):
                lines.append("      - " + guide_link(pages, rng))
            if n_checklists and rng.random() < 0.3:
                lines.append("    checklist: ../checklists/checklist-{}.yaml".format(rng.randrange(n_checklists) + 1))
    return "\n".join(lines) + "\n"


def checklist_yaml(i, pages, rng):
    f = g.Filler(rng, rng.choice(g.TOPICS))
    lines = [
        "kind: checklist",
        "title: " + quote("Checklist {}: {}".format(i + 1, f.fill("{topic}"))),
        "summary: " + quote(f.fill("What to check before you {action} {topic}.")),
        "tags: [" + ", ".join(rng.sample(g.TAGS, 2)) + "]",
        "sections:",
    ]
    for s in rng.sample(g.SECTION_TITLES, rng.randint(3, 4)):
        lines.append("  - title: " + quote(s))
        lines.append("    items:")
        for j in range(rng.randint(4, 5)):
            lines.append("      - id: {}-{}".format(g.github_slug(s), j + 1))
            lines.append("        text: " + quote(f.fill(rng.choice(g.STEPS))))
            if rng.random() < 0.4:
                lines.append("        detail: |")
                lines.append("          " + f.fill(rng.choice(g.SENTENCES)))
            if rng.random() < 0.2:
                lines.append("        optional: true")
            if rng.random() < 0.5:
                lines.append("        links: [{}]".format(guide_link(pages, rng)))
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    rc = g.main(["--pages", str(args.pages), "--out", args.out, "--seed", str(args.seed),
                 "--weight-key", "order", "--index-file", "index.md"])
    if rc:
        return rc
    content = os.path.join(args.out, "content")
    rng = random.Random(args.seed)
    pages = g.plan_pages(args.pages, rng)  # the same plan gen_content wrote
    count = max(1, args.pages // 50)
    for folder in ("decisions", "checklists"):
        shutil.rmtree(os.path.join(content, folder), ignore_errors=True)
        os.makedirs(os.path.join(content, folder))
    nodes = 0
    for i in range(count):
        crng = random.Random("{}:checklist:{}".format(args.seed, i))
        with open(os.path.join(content, "checklists", "checklist-{}.yaml".format(i + 1)), "w", encoding="utf-8") as fh:
            fh.write(checklist_yaml(i, pages, crng))
        trng = random.Random("{}:tree:{}".format(args.seed, i))
        text = tree_yaml(i, pages, count, trng)
        nodes += text.count("\n  ") - text.count("\n    ")
        with open(os.path.join(content, "decisions", "decision-{}.yaml".format(i + 1)), "w", encoding="utf-8") as fh:
            fh.write(text)
    # each tree is linked from one guide and embedded in another, as authors do
    for i in range(count):
        for kind, mode in (("link", 2 * i), ("embed", 2 * i + 1)):
            page = pages[mode % len(pages)]
            path = os.path.join(content, "guides", page["slug"] + ".md")
            with open(path, "a", encoding="utf-8") as fh:
                if kind == "link":
                    fh.write("\nNot sure? [Ask the wizard](../decisions/decision-{}.yaml).\n".format(i + 1))
                else:
                    fh.write("\n```embed\n../decisions/decision-{}.yaml\n```\n".format(i + 1))
    print("wrote {} decision trees ({} nodes) and {} checklists".format(count, nodes, count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
