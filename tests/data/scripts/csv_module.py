# data: orders.csv
import csv
from collections import defaultdict

totals = defaultdict(float)
with open("orders.csv", newline="") as f:
    for row in csv.DictReader(f):
        totals[row["customer_id"]] += float(row["amount"])
with open("customer_totals.csv", "w", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["customer_id", "total"])
    for customer, total in sorted(totals.items(), key=lambda kv: int(kv[0])):
        writer.writerow([customer, f"{total:.2f}"])
print(len(totals), "customers")
