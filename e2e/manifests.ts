// Small manifests several specs type, paste or share.
export const ALPHA = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: alpha
  namespace: one
spec:
  replicas: 1
  selector:
    matchLabels:
      app: alpha
  template:
    metadata:
      labels:
        app: alpha
    spec:
      containers:
        - name: alpha
          image: nginx:1.27
`;
export const BETA = `apiVersion: v1
kind: Service
metadata:
  name: beta
  namespace: two
spec:
  selector:
    app: beta
  ports:
    - port: 80
`;
