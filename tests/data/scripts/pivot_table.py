# data: sales.csv
import pandas as pd

df = pd.read_csv("sales.csv", parse_dates=["date"])
df["month"] = df["date"].dt.month
table = df.pivot_table(index="month", columns="region", values="revenue", aggfunc="sum").round(2)
with open("pivot.txt", "w") as f:
    f.write(table.to_string())
table.to_csv("pivot.csv")
print(table.shape)
