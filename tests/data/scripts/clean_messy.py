# data: messy.csv
import pandas as pd

df = pd.read_csv("messy.csv", skipinitialspace=True, na_values=["n/a", ""])
df.columns = [c.strip() for c in df.columns]
df["city"] = df["city"].str.strip().str.title()
df["age"] = pd.to_numeric(df["age"], errors="coerce")
df = df.drop_duplicates().dropna(subset=["score"])
df.to_csv("clean.csv", index=False)
print(f"{len(df)} clean rows")
print(df.groupby("city")["score"].mean().round(1))
