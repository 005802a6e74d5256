# data: sales.csv
import pandas as pd

df = pd.read_csv("sales.csv")
summary = df.describe(include="all").round(2)
summary.to_csv("summary.csv")
print(summary)
