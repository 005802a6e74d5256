# data: customers.csv,orders.csv
import pandas as pd

customers = pd.read_csv("customers.csv")
orders = pd.read_csv("orders.csv")
merged = orders.merge(customers, on="customer_id", how="left")
per_segment = merged.groupby("segment")["amount"].sum().round(2).reset_index()
per_segment.to_json("segments.json", orient="records", indent=2)
print(per_segment)
