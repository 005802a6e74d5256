# data: sales.csv
import pandas as pd

df = pd.read_csv("sales.csv")
totals = df.groupby("region", as_index=False)["revenue"].agg(["sum", "mean", "count"]).round(2)
totals.to_csv("region_totals.csv", index=False)
print(totals.to_string(index=False))
