# data: sales.csv
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

df = pd.read_csv("sales.csv", parse_dates=["date"])
df["month"] = df["date"].dt.month
table = df.pivot_table(index="region", columns="month", values="revenue", aggfunc="sum")
sns.heatmap(table, cmap="Blues")
plt.savefig("heatmap.png")
print(table.shape)
