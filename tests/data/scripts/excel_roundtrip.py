# data: sales.csv
import pandas as pd

df = pd.read_csv("sales.csv")
totals = df.groupby("region")["revenue"].sum().round(2).reset_index()
totals.to_excel("totals.xlsx", index=False, sheet_name="Totals")
back = pd.read_excel("totals.xlsx", sheet_name="Totals")
print(back.to_string(index=False))
