# data: sales.csv
import pandas as pd

df = pd.read_csv("sales.csv")
table = df.groupby("region")["revenue"].agg(["count", "sum", "mean"]).round(1)
print(table.to_string())
print()
print("Best region:", table["sum"].idxmax())
