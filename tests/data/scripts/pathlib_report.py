# data: sales.csv
from pathlib import Path

import pandas as pd

df = pd.read_csv("sales.csv")
lines = ["# Sales report", "", f"Rows: {len(df)}", f"Total: {df['revenue'].sum():.2f}"]
Path("report.md").write_text("\n".join(lines) + "\n")
out = Path("tables")
out.mkdir(exist_ok=True)
(out / "head.csv").write_text(df.head().to_csv(index=False))
print(Path("report.md").read_text())
